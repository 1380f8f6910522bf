package com.growthhub.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.BrowserTestSupport;
import com.growthhub.analytics.internal.commissions.CommissionFixtures;
import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.contacts.ContactId;
import com.growthhub.forms.FormId;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.scheduling.AppointmentBooked;
import com.growthhub.scheduling.AppointmentCompleted;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.BookingPageId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * The analytics journey in headless Chromium: a campaign with this month's spend is created in the pages, a lead
 * arrives from a form submission carrying its UTM campaign and goes through booking, the consult and payment (the
 * other modules' events, published as they publish them), and the dashboard shows the campaign's cost per show and
 * ROAS, with its charts drawn.
 */
class AnalyticsBrowserTests extends BrowserTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void campaignWithSpendThenALeadThroughPaymentShowsCostPerShowAndRoas() throws Exception {
		String email = IdentityTestSupport.uniqueEmail("analytics-browser");
		registerVerified(email);
		String token = accounts().accessToken(email);
		ApiClient api = accounts().api();
		OrganizationId organization = OrganizationId.of(UUID.fromString(api.get("/api/v1/me", token).text("organizationId")));

		signIn(email);
		click(By.cssSelector("[data-testid=nav-analytics]"));
		open("/analytics/campaigns/new");
		type(By.id("name"), "Winter glow");
		new Select(visible(By.id("platform"))).selectByValue("facebook");
		type(By.id("utmCampaign"), "winter-glow");
		click(By.cssSelector("[data-testid=campaign-save]"));
		waiting().until(driver -> !driver.findElements(By.cssSelector("[data-testid=spend-grid]")).isEmpty());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String month = today.toString().substring(0, 7);
		By amount = By.cssSelector("[data-testid=spend-row][data-month='" + month + "'] input[name=amount]");
		type(amount, "600.00");
		click(By.cssSelector("[data-testid=spend-row][data-month='" + month + "'] button[type=submit]"));
		waiting().until(driver -> textOf(By.cssSelector("[data-testid=spend-total]")).contains("600"));

		ContactId lead = ContactId.of(UUID.randomUUID());
		AppointmentId consult = AppointmentId.of(UUID.randomUUID());
		Instant at = Instant.now().minusSeconds(600);
		BookingPageId bookingPage = BookingPageId.of(UUID.randomUUID());
		UserId rep = UserId.of(UUID.randomUUID());
		publish(organization, new FormSubmitted(organization, FormId.of(UUID.randomUUID()), UUID.randomUUID(), 1, lead,
				true, null, "lead", Map.of("campaign", "Winter-Glow", "source", "facebook"), at.minusSeconds(60)));
		publish(organization, new AppointmentBooked(organization, consult, lead, rep, at, at.plusSeconds(1800),
				ZoneId.of("UTC"), bookingPage));
		publish(organization, new AppointmentCompleted(organization, consult, lead, rep, at, at.plusSeconds(1800),
				ZoneId.of("UTC"), bookingPage));
		publish(organization, new InvoicePaid(organization, InvoiceId.of(UUID.randomUUID()), lead, 125_000, "USD"));
		String wholeMonth = "from=" + today.withDayOfMonth(1) + "&to=" + today.withDayOfMonth(today.lengthOfMonth());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api
			.get("/api/v1/analytics/funnel?" + wholeMonth, token).body().path("steps").get(3).path("count").asLong() == 1);

		open("/analytics?" + wholeMonth);
		By row = By.cssSelector("[data-testid=campaign-table] tr[data-campaign]");
		waiting().until(driver -> driver.findElement(row).getText().contains("Winter glow"));
		// $600.00 of spend over 1 consult held; $1,250.00 of revenue over $600.00 of spend.
		assertThat(textOf(By.cssSelector("[data-testid=campaign-table] [data-cell=cost-per-show]"))).isEqualTo("$600.00");
		assertThat(textOf(By.cssSelector("[data-testid=campaign-table] [data-cell=roas]"))).isEqualTo("2.08×");
		assertThat(textOf(By.cssSelector("[data-figure=costPerShowCents]"))).isEqualTo("$600.00");
		assertThat(textOf(By.cssSelector("[data-figure=roas]"))).isEqualTo("2.08×");
		assertThat(textOf(By.cssSelector("[data-testid=chart-funnel] tr[data-step=paid] [data-cell=count]"))).isEqualTo("1");
		waiting().until(driver -> driver.findElements(By.cssSelector("canvas[data-chart][data-drawn=true]")).size() >= 3);

		new Select(visible(By.cssSelector("[data-testid=report-model]"))).selectByValue("last_touch");
		click(By.cssSelector("[data-testid=report-apply]"));
		waiting().until(driver -> driver.getCurrentUrl().contains("model=last_touch"));
		assertThat(textOf(By.cssSelector("[data-testid=campaign-table] [data-cell=roas]"))).isEqualTo("2.08×");

		// A provider earning 10% of a paid invoice of $1,250.00 sees it on the commission report, reached from the dashboard.
		String provider = CommissionFixtures.paidCommission(api, token, 125_000);
		click(By.cssSelector("[data-testid=analytics-commissions]"));
		open("/analytics/commissions?providerId=" + provider);
		assertThat(textOf(By.cssSelector("[data-testid=commission-totals]"))).contains("$125.00");
	}

	private void publish(OrganizationId organization, Object event) {
		transactions.run(TenantScope.organization(organization, new Actor.Job("analytics-browser-test")),
				() -> events.publishEvent(event));
	}
}
