package com.growthhub.integrations.internal.webhooks;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * Queues messages for the subscriptions that want them, in the caller's organization transaction: the payload is
 * written once, frozen, and the dispatcher is nudged when that transaction commits. The payload is the Standard
 * Webhooks shape: {@code {"type": "contact.created", "timestamp": "…", "data": {…}}}.
 */
@Component
class WebhookQueue {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SubscriptionRepository subscriptions;
	private final DeliveryRepository deliveries;
	private final WebhookDispatcher dispatcher;

	WebhookQueue(SubscriptionRepository subscriptions, DeliveryRepository deliveries, WebhookDispatcher dispatcher) {
		this.subscriptions = subscriptions;
		this.deliveries = deliveries;
		this.dispatcher = dispatcher;
	}

	/**
	 * An event for every enabled subscription that wants its type; {@code eventKey} names what happened so that the
	 * event, delivered to the listener again after a crash, is queued once. Answers how many deliveries were queued.
	 */
	int publish(OrganizationId organization, WebhookEventType type, String eventKey, Instant occurredAt,
			Map<String, @Nullable Object> data) {
		var wanting = subscriptions.enabled(organization.value()).stream().filter(s -> s.wants(type)).toList();
		if (wanting.isEmpty()) {
			return 0;
		}
		DeliveryRepository.Message message = message(type.dottedName(), eventKey, occurredAt, data);
		int queued = 0;
		for (WebhookView subscription : wanting) {
			queued += deliveries.enqueue(organization.value(), subscription.id(), message, null).isPresent() ? 1 : 0;
		}
		nudgeAfterCommit();
		return queued;
	}

	/** The {@code webhook.test} message for one subscription, whatever events it wants. */
	UUID test(OrganizationId organization, UUID subscription) {
		UUID id = Ids.next();
		DeliveryRepository.Message message = message(WebhookEventType.TEST, "test:" + id, Instant.now(),
				Map.of("subscriptionId", subscription.toString(), "message", "This is a test event from GrowthHub."));
		UUID queued = deliveries.enqueue(organization.value(), subscription, message, null).orElseThrow();
		nudgeAfterCommit();
		return queued;
	}

	/** A fresh delivery of what {@code original} sent: same message id, type and payload. */
	UUID replay(OrganizationId organization, DeliveryView original) {
		DeliveryRepository.Message message = new DeliveryRepository.Message(original.messageId(),
				"replay:" + Ids.next(), original.type(), original.requestBody(), original.occurredAt());
		UUID queued = deliveries.enqueue(organization.value(), original.subscriptionId(), message, original.id()).orElseThrow();
		nudgeAfterCommit();
		return queued;
	}

	private static DeliveryRepository.Message message(String type, String eventKey, Instant occurredAt,
			Map<String, ?> data) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type);
		payload.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(occurredAt));
		payload.put("data", data);
		return new DeliveryRepository.Message("msg_" + Ids.next().toString().replace("-", ""), eventKey, type,
				JSON.writeValueAsString(payload), occurredAt);
	}

	private void nudgeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			dispatcher.nudge();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				dispatcher.nudge();
			}
		});
	}

}
