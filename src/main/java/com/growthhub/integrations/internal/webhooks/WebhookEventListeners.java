package com.growthhub.integrations.internal.webhooks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentReceived;
import com.growthhub.contacts.ContactConverted;
import com.growthhub.contacts.ContactCreated;
import com.growthhub.contacts.ContactDeleted;
import com.growthhub.contacts.ContactUpdated;
import com.growthhub.contacts.ContactsMerged;
import com.growthhub.dataio.ContactsImported;
import com.growthhub.forms.FormSubmitted;
import com.growthhub.pipeline.DealCreated;
import com.growthhub.pipeline.DealLost;
import com.growthhub.pipeline.DealMoved;
import com.growthhub.pipeline.DealWon;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Turns the modules' events into webhook messages, each in the organization's transaction from its event. The data of
 * a message is ids and the few values the event carries (camelCase, enums in lower-case snake_case, like the API);
 * a receiver reads the rest through the API. Each event has a key, so one delivered to this listener twice is queued
 * once.
 */
@Component
class WebhookEventListeners {

	private static final Actor JOB = new Actor.Job("webhook-queue");

	private final WebhookQueue queue;
	private final TenantTransactions transactions;

	WebhookEventListeners(WebhookQueue queue, TenantTransactions transactions) {
		this.queue = queue;
		this.transactions = transactions;
	}

	@ApplicationModuleListener
	void on(ContactCreated event) {
		publish(event.organizationId(), WebhookEventType.CONTACT_CREATED, event.contactId() + ":" + event.occurredAt(),
				event.occurredAt(), data("contactId", event.contactId().value(), "type", event.type().key(), "ownerId",
						event.ownerId() == null ? null : event.ownerId().value(), "createdBy", event.createdBy().value()));
	}

	@ApplicationModuleListener
	void on(ContactUpdated event) {
		publish(event.organizationId(), WebhookEventType.CONTACT_UPDATED, event.contactId() + ":" + event.occurredAt(),
				event.occurredAt(), data("contactId", event.contactId().value(), "updatedBy",
						event.updatedBy() == null ? null : event.updatedBy().value()));
	}

	@ApplicationModuleListener
	void on(ContactDeleted event) {
		publish(event.organizationId(), WebhookEventType.CONTACT_DELETED, event.contactId() + ":" + event.occurredAt(),
				event.occurredAt(), data("contactId", event.contactId().value(), "deletedBy",
						event.deletedBy() == null ? null : event.deletedBy().value()));
	}

	@ApplicationModuleListener
	void on(ContactConverted event) {
		publish(event.organizationId(), WebhookEventType.CONTACT_CONVERTED, event.contactId() + ":" + event.occurredAt(),
				event.occurredAt(), data("contactId", event.contactId().value(), "from", event.from().key(), "to",
						event.to().key(), "status", event.status(), "convertedBy",
						event.convertedBy() == null ? null : event.convertedBy().value()));
	}

	@ApplicationModuleListener
	void on(ContactsMerged event) {
		publish(event.organizationId(), WebhookEventType.CONTACT_MERGED, event.mergeId().toString(), event.occurredAt(),
				data("mergeId", event.mergeId(), "survivorId", event.survivorId().value(), "mergedId",
						event.mergedId().value(), "mergedBy", event.mergedBy().value()));
	}

	@ApplicationModuleListener
	void on(DealCreated event) {
		publish(event.organizationId(), WebhookEventType.DEAL_CREATED, event.dealId() + ":" + event.occurredAt(),
				event.occurredAt(), data("dealId", event.dealId().value(), "pipelineId", event.pipelineId().value(),
						"stageId", event.stageId(), "contactId", event.contactId().value(), "title", event.title(),
						"valueCents", event.valueCents(), "currency", event.currency(), "ownerId",
						event.ownerId() == null ? null : event.ownerId().value(), "createdBy",
						event.createdBy() == null ? null : event.createdBy().value()));
	}

	@ApplicationModuleListener
	void on(DealMoved event) {
		publish(event.organizationId(), WebhookEventType.DEAL_STAGE_CHANGED, event.dealId() + ":" + event.occurredAt(),
				event.occurredAt(), data("dealId", event.dealId().value(), "pipelineId", event.pipelineId().value(),
						"fromStageId", event.fromStageId(), "toStageId", event.toStageId(), "toStageName",
						event.toStageName(), "movedBy", event.movedBy() == null ? null : event.movedBy().value()));
	}

	@ApplicationModuleListener
	void on(DealWon event) {
		publish(event.organizationId(), WebhookEventType.DEAL_WON, event.dealId() + ":" + event.occurredAt(),
				event.occurredAt(), data("dealId", event.dealId().value(), "pipelineId", event.pipelineId().value(),
						"contactId", event.contactId().value(), "title", event.title(), "valueCents", event.valueCents(),
						"currency", event.currency(), "wonBy", event.wonBy() == null ? null : event.wonBy().value()));
	}

	@ApplicationModuleListener
	void on(DealLost event) {
		publish(event.organizationId(), WebhookEventType.DEAL_LOST, event.dealId() + ":" + event.occurredAt(),
				event.occurredAt(), data("dealId", event.dealId().value(), "pipelineId", event.pipelineId().value(),
						"contactId", event.contactId().value(), "title", event.title(), "valueCents", event.valueCents(),
						"currency", event.currency(), "lostReason", event.lostReason(), "lostBy",
						event.lostBy() == null ? null : event.lostBy().value()));
	}

	/** The import's counts; the event carries no time, so the message is stamped when it is queued. */
	@ApplicationModuleListener
	void on(ContactsImported event) {
		publish(event.organizationId(), WebhookEventType.IMPORT_COMPLETED, event.importId().toString(), Instant.now(),
				data("importId", event.importId(), "fileName", event.fileName(), "created", event.created(), "updated",
						event.updated(), "skipped", event.skipped(), "failed", event.failed(), "startedBy",
						event.userId()));
	}

	@ApplicationModuleListener
	void on(FormSubmitted event) {
		publish(event.organizationId(), WebhookEventType.FORM_SUBMITTED, event.submissionId().toString(),
				event.submittedAt(), data("formId", event.formId().value(), "submissionId", event.submissionId(),
						"formVersion", event.formVersion(), "contactId", event.contactId().value(), "contactCreated",
						event.contactCreated(), "dealId", event.dealId(), "classification", event.classification()));
	}

	@ApplicationModuleListener
	void on(PaymentReceived event) {
		publish(event.organizationId(), WebhookEventType.PAYMENT_SUCCEEDED, event.paymentId().toString(), Instant.now(),
				data("paymentId", event.paymentId().value(), "invoiceId", event.invoiceId().value(), "contactId",
						event.contactId() == null ? null : event.contactId().value(), "amountCents", event.amountCents(),
						"currency", event.currency()));
	}

	// Keyed by the invoice: a paid invoice is announced once, even if a refund and a new payment pay it again.
	@ApplicationModuleListener
	void on(InvoicePaid event) {
		publish(event.organizationId(), WebhookEventType.INVOICE_PAID, event.invoiceId().toString(), Instant.now(),
				data("invoiceId", event.invoiceId().value(), "contactId",
						event.contactId() == null ? null : event.contactId().value(), "totalCents", event.totalCents(),
						"currency", event.currency()));
	}

	private void publish(OrganizationId organization, WebhookEventType type, String key, Instant occurredAt,
			Map<String, @Nullable Object> data) {
		transactions.run(organization, JOB, () -> queue.publish(organization, type, type.key() + ":" + key, occurredAt, data));
	}

	private static Map<String, @Nullable Object> data(@Nullable Object... keysAndValues) {
		Map<String, @Nullable Object> data = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			data.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1] instanceof java.util.UUID id ? id.toString()
					: keysAndValues[i + 1]);
		}
		return data;
	}
}
