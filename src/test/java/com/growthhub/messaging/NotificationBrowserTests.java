package com.growthhub.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/** The bell counts a new notification without a reload; the list opens it, and preferences stick. */
class NotificationBrowserTests extends BrowserTestSupport {

	@Autowired
	Notifications notifications;

	@Test
	void theBellCountsLiveAndTheListMarksRead() {
		String email = uniqueEmail("bell");
		registerVerified(email);
		signIn(email);
		open("/contacts");
		By count = By.cssSelector("[data-testid=bell-count]");
		// The stream is open once its first count arrived (and, with nothing unread, the badge stays hidden).
		waiting().until(driver -> driver.findElement(By.cssSelector("[data-testid=bell]")).getAttribute("title") != null);
		assertThat(browser.findElement(count).isDisplayed()).isFalse();

		TenantScope system = TenantScope.system(new Actor.Job("test"));
		UUID user = transactions.call(system,
				() -> jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single());
		UUID organization = transactions.call(system, () -> jdbc
			.sql("select organization_id from memberships where user_id = ?").param(user).query(UUID.class).single());
		transactions.run(TenantScope.organization(OrganizationId.of(organization), new Actor.Job("test")),
				() -> notifications.send(OrganizationId.of(organization), List.of(new Notifications.Recipient(user, email)),
						new NotificationType("deal_assigned"), "Acme renewal was assigned to you", "$4,000", "/contacts"));

		waiting().until(ExpectedConditions.textToBe(count, "1"));
		assertThat(browser.getCurrentUrl()).as("no reload").endsWith("/contacts");

		click(By.cssSelector("[data-testid=bell]"));
		waitForPath("/notifications");
		assertThat(textOf(By.cssSelector("[data-testid=notification]"))).contains("Acme renewal was assigned to you")
			.contains("Deal assigned to you");
		click(By.cssSelector("[data-testid=notification] button[type=submit]"));
		waitForPath("/contacts");
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(count));

		open("/settings/notifications");
		click(By.cssSelector("input[name='deal_won.email']"));
		click(By.cssSelector("[data-testid=notification-preferences] button[type=submit]"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash"), "preferences were saved"));
		assertThat(browser.findElement(By.cssSelector("input[name='deal_won.email']")).isSelected()).isTrue();
		assertThat(browser.findElement(By.cssSelector("input[name='deal_assigned.email']")).isSelected()).isFalse();
	}
}
