package com.growthhub.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.contacts.ContactId;
import com.growthhub.forms.FormId;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.masterclasses.MasterclassId;
import com.growthhub.masterclasses.MasterclassRegistered;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.scheduling.AppointmentBooked;
import com.growthhub.scheduling.AppointmentCompleted;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.BookingPageId;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Each other module's event, delivered twice, is recorded once as its KPI event, attributed to the campaign its UTM
 * values name; the lead's later consult and payment count on that campaign under both models.
 */
class KpiEventListenersIntegrationTests extends IdentityTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void recordsEachKindOnceFromTwiceDeliveredEvents() {
		KpiFixtures fixtures = new KpiFixtures(jdbc, transactions);
		String owner = uniqueEmail("kpi-listeners");
		registerVerified(owner);
		OrganizationId organization = OrganizationId.of(UUID.fromString(
				api().get("/api/v1/me", accessToken(owner)).body().path("organizationId").asString()));
		UUID spring = fixtures.campaign(organization, "Spring Promo", "facebook");
		UUID webinar = fixtures.campaign(organization, "Webinar", "newsletter");
		ContactId lead = ContactId.of(UUID.randomUUID());
		ContactId registrant = ContactId.of(UUID.randomUUID());
		UUID submission = UUID.randomUUID();
		UUID registration = UUID.randomUUID();
		AppointmentId appointment = AppointmentId.of(UUID.randomUUID());
		InvoiceId invoice = InvoiceId.of(UUID.randomUUID());
		Instant start = Instant.now().minusSeconds(3600);
		FormSubmitted submitted = new FormSubmitted(organization, FormId.of(UUID.randomUUID()), submission, 1, lead, true,
				null, "lead", Map.of("campaign", "SPRING PROMO", "source", "google"), Instant.now().minusSeconds(7200));
		MasterclassRegistered registered = new MasterclassRegistered(organization, MasterclassId.of(UUID.randomUUID()),
				registration, registrant, Map.of("source", "Newsletter"), Instant.now().minusSeconds(7000));
		FormSubmitted withoutUtm = new FormSubmitted(organization, FormId.of(UUID.randomUUID()), UUID.randomUUID(), 1,
				registrant, false, null, "lead", Map.of(), Instant.now());
		AppointmentBooked booked = new AppointmentBooked(organization, appointment, lead, UserId.of(UUID.randomUUID()),
				start, start.plusSeconds(1800), ZoneId.of("Europe/Lisbon"), BookingPageId.of(UUID.randomUUID()));
		AppointmentCompleted completed = new AppointmentCompleted(organization, appointment, lead, booked.repId(), start,
				start.plusSeconds(1800), ZoneId.of("Europe/Lisbon"), booked.bookingPageId());
		InvoicePaid paid = new InvoicePaid(organization, invoice, lead, 125_000, "eur");

		for (Object event : new Object[] { submitted, registered, withoutUtm, booked, completed, paid }) {
			transactions.run(TenantScope.organization(organization, KpiFixtures.TEST), () -> {
				events.publishEvent(event);
				events.publishEvent(event);
			});
		}

		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(fixtures.withKey(organization, "form-submitted:" + submission)).isEqualTo(1);
			assertThat(fixtures.withKey(organization, "masterclass-registered:" + registration)).isEqualTo(1);
			assertThat(fixtures.withKey(organization, "appointment-booked:" + appointment.value())).isEqualTo(1);
			assertThat(fixtures.withKey(organization, "appointment-completed:" + appointment.value())).isEqualTo(1);
			assertThat(fixtures.withKey(organization, "invoice-paid:" + invoice.value())).isEqualTo(1);
		});
		assertThat(fixtures.events(organization)).as("a submission without UTM is no ad click").isEqualTo(5);
		for (String model : new String[] { "first_touch", "last_touch" }) {
			assertThat(fixtures.count(organization, model, "ad_click", spring)).as("utm_campaign, any case").isEqualTo(1);
			assertThat(fixtures.count(organization, model, "ad_click", webinar)).as("else utm_source").isEqualTo(1);
			assertThat(fixtures.count(organization, model, "consult_booked", spring)).isEqualTo(1);
			assertThat(fixtures.count(organization, model, "consult_show", spring)).isEqualTo(1);
			assertThat(fixtures.count(organization, model, "invoice_paid", spring)).isEqualTo(1);
			assertThat(fixtures.value(organization, model, spring)).isEqualTo(125_000);
		}
	}
}
