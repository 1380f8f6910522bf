package com.growthhub.integrations.internal.webhooks.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.integrations.internal.webhooks.DeliveryView;
import com.growthhub.integrations.internal.webhooks.WebhookEventType;
import com.growthhub.integrations.internal.webhooks.WebhookView;
import com.growthhub.integrations.internal.webhooks.Webhooks;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Webhooks", description = "Signed outgoing webhooks (Standard Webhooks: webhook-id, webhook-timestamp, "
		+ "webhook-signature = v1,<base64 HMAC-SHA256 of id.timestamp.body under the secret's base64-decoded bytes after "
		+ "whsec_>). Payload: {type, timestamp, data}, type dotted (contact.created). Delivered at least once, retried with "
		+ "exponential backoff for up to 3 days; a subscription failing for long is disabled and its owners notified. "
		+ "Owners and admins only.")
class WebhookApiController {

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	/**
	 * A subscription as a program writes it.
	 *
	 * @param events the events to receive (lower-case snake_case: contact_created, deal_stage_changed …); empty or
	 *        absent for every event, also those added later
	 */
	record WebhookRequest(@NotBlank @Size(max = 2000) String url, @Nullable @Size(max = 500) String description,
			@Nullable List<WebhookEventType> events, @Nullable Boolean enabled) {

		Webhooks.Draft toDraft() {
			return new Webhooks.Draft(url, description, events == null ? List.of() : events, enabled == null || enabled);
		}
	}

	record WebhookList(List<WebhookView> items) {
	}

	/** One entry of the event catalogue. */
	record EventTypeView(WebhookEventType key, String type, String description) {
	}

	record EventTypeList(List<EventTypeView> items) {
	}

	@GetMapping("/webhooks")
	@Operation(summary = "The organization's webhook subscriptions with their status and last delivery; secrets only as "
			+ "secretSet and secretLastFour")
	WebhookList list(OrganizationId organization, Actor actor) {
		return new WebhookList(webhooks.list(organization, actor));
	}

	@GetMapping("/webhooks/event-types")
	@Operation(summary = "The event catalogue: each event's key (for events) and the dotted type its payload carries")
	EventTypeList eventTypes() {
		return new EventTypeList(java.util.Arrays.stream(WebhookEventType.values())
			.map(type -> new EventTypeView(type, type.dottedName(), type.description()))
			.toList());
	}

	@PostMapping("/webhooks")
	@Operation(summary = "Subscribes a URL (https; a public address) to events; the answer carries the signing secret "
			+ "(whsec_…) this once")
	ResponseEntity<WebhookView> create(OrganizationId organization, Actor actor, @Valid @RequestBody WebhookRequest body) {
		WebhookView created = webhooks.create(organization, actor, body.toDraft());
		return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/webhooks/" + created.id())).body(created);
	}

	@GetMapping("/webhooks/{id}")
	@Operation(summary = "One subscription")
	WebhookView get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return webhooks.get(organization, actor, id);
	}

	@PatchMapping("/webhooks/{id}")
	@Operation(summary = "Changes a subscription: properties present replace (events: [] for every event); enabled=true "
			+ "turns a disabled one on again and forgets its failures",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = WebhookRequest.class))))
	WebhookView update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, @Nullable Object> body) {
		Webhooks.Draft current = webhooks.draftOf(webhooks.get(organization, actor, id));
		return webhooks.update(organization, actor, id, WebhookPatch.apply(current, body));
	}

	@DeleteMapping("/webhooks/{id}")
	@Operation(summary = "Deletes a subscription with its secret and delivery log")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		webhooks.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/webhooks/{id}/rotate-secret")
	@Operation(summary = "Replaces the signing secret; the answer carries the new one this once and the old one stops "
			+ "signing at once")
	WebhookView rotateSecret(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return webhooks.rotateSecret(organization, actor, id);
	}

	@PostMapping("/webhooks/{id}/test")
	@Operation(summary = "Queues a webhook.test event to the subscription (even while disabled); answers the delivery")
	ResponseEntity<DeliveryView> test(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(webhooks.test(organization, actor, id));
	}

	@GetMapping("/webhooks/{id}/deliveries")
	@Operation(summary = "The subscription's delivery log, newest first, keyset-paged (limit 1-100, default 25): the "
			+ "request's headers and body, the response's status, first 2 KB and duration, attempts and the next attempt")
	Webhooks.Page deliveries(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "25") int limit) {
		return webhooks.deliveries(organization, actor, id, PageCursor.parse(cursor), limit);
	}

	@GetMapping("/webhooks/deliveries/{id}")
	@Operation(summary = "One delivery with the history of its attempts (status, duration, error, next attempt)")
	DeliveryView delivery(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return webhooks.delivery(organization, actor, id);
	}

	@PostMapping("/webhooks/deliveries/{id}/replay")
	@Operation(summary = "Queues a fresh delivery of what a delivery sent (same webhook-id and body), even while the "
			+ "webhook is disabled; answers it")
	ResponseEntity<DeliveryView> replay(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(webhooks.replay(organization, actor, id));
	}
}
