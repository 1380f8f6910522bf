package com.growthhub.analytics.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.analytics.KpiKind;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.contacts.ContactCampaigns;
import com.growthhub.contacts.ContactId;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.masterclasses.MasterclassRegistered;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.AppointmentBooked;
import com.growthhub.scheduling.AppointmentCompleted;
import com.growthhub.shared.OrganizationId;

/**
 * KPI events from what the other modules report, each once: the source key names the fact ({@code
 * appointment-booked:<appointment id>}), so a redelivered event records nothing. A visit with UTM values counts as an
 * ad click on the campaign they name, and the lead without a campaign takes that one; a visit without any is not a
 * click from an ad and records nothing.
 */
@Component
class KpiEventListeners {

	private static final Actor LISTENER = new Actor.Job("kpi-events");

	private final KpiRecorder recorder;
	private final CampaignMatcher campaigns;
	private final TenantTransactions transactions;
	private final CampaignRepository campaignRows;
	private final ContactCampaigns contactCampaigns;

	KpiEventListeners(KpiRecorder recorder, CampaignMatcher campaigns, TenantTransactions transactions,
			CampaignRepository campaignRows, ContactCampaigns contactCampaigns) {
		this.campaignRows = campaignRows;
		this.contactCampaigns = contactCampaigns;
		this.recorder = recorder;
		this.campaigns = campaigns;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(FormSubmitted submitted) {
		click(submitted.organizationId(), submitted.contactId().value(), submitted.utm(), submitted.submittedAt(),
				"form-submitted:" + submitted.submissionId(), Map.of("formId", submitted.formId().value().toString(),
						"submissionId", submitted.submissionId().toString(), "utm", submitted.utm()));
	}

	@ApplicationModuleListener
	void on(MasterclassRegistered registered) {
		click(registered.organizationId(), registered.contactId().value(), registered.utm(), registered.occurredAt(),
				"masterclass-registered:" + registered.registrationId(),
				Map.of("masterclassId", registered.masterclassId().value().toString(), "registrationId",
						registered.registrationId().toString(), "utm", registered.utm()));
	}

	/** The event tells when the meeting is, not when it was booked: it is recorded as booked now. */
	@ApplicationModuleListener
	void on(AppointmentBooked booked) {
		recorder.record(new KpiEventDraft(booked.organizationId(), KpiKind.CONSULT_BOOKED, booked.contactId().value(),
				null, Instant.now(), null, null, Map.of("appointmentId", booked.appointmentId().value().toString()),
				"appointment-booked:" + booked.appointmentId().value()));
	}

	@ApplicationModuleListener
	void on(AppointmentCompleted completed) {
		recorder.record(new KpiEventDraft(completed.organizationId(), KpiKind.CONSULT_SHOW,
				completed.contactId().value(), null, notAfterNow(completed.start()), null, null,
				Map.of("appointmentId", completed.appointmentId().value().toString()),
				"appointment-completed:" + completed.appointmentId().value()));
	}

	/** An invoice of nothing brought no revenue; an invoice paid again after a refund counts once. */
	@ApplicationModuleListener
	void on(InvoicePaid paid) {
		if (paid.totalCents() <= 0) {
			return;
		}
		recorder.record(new KpiEventDraft(paid.organizationId(), KpiKind.INVOICE_PAID,
				paid.contactId() == null ? null : paid.contactId().value(), null, Instant.now(), paid.totalCents(),
				paid.currency().toUpperCase(Locale.ROOT), Map.of("invoiceId", paid.invoiceId().value().toString()),
				"invoice-paid:" + paid.invoiceId().value()));
	}

	private void click(OrganizationId organization, UUID contactId, Map<String, String> utm, Instant at, String key,
			Map<String, Object> metadata) {
		if (utm.values().stream().allMatch(String::isBlank)) {
			return;
		}
		UUID campaign = transactions.call(organization, LISTENER, () -> campaigns.match(organization, utm))
			.orElse(null);
		recorder.record(new KpiEventDraft(organization, KpiKind.AD_CLICK, contactId, campaign, notAfterNow(at), null,
				null, metadata, key));
		if (campaign != null) {
			// After the click, which attribution waits for: a lead that came through the campaign's ad carries it,
			// unless it already named one.
			transactions.run(organization, LISTENER, () -> campaignRows.find(organization, campaign).ifPresent(
					found -> contactCampaigns.assignIfNone(organization, ContactId.of(contactId), campaign, found.name())));
		}
	}

	private static Instant notAfterNow(Instant at) {
		Instant now = Instant.now();
		return at.isAfter(now) ? now : at;
	}
}
