package com.growthhub.messaging.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.messaging.internal.EmailStatus;
import com.growthhub.messaging.internal.delivery.MailgunSettings;
import com.growthhub.messaging.internal.delivery.MailgunTransport;
import com.growthhub.messaging.internal.tracking.EmailTracking;
import com.growthhub.messaging.internal.tracking.MailgunSignatures;
import com.growthhub.platform.web.NotFoundException;

import io.swagger.v3.oas.annotations.Hidden;
import tools.jackson.databind.JsonNode;

/**
 * Mailgun's tracking webhooks ({@code POST /webhooks/mailgun}, JSON with {@code signature} and {@code event-data}).
 * Only answers when {@code GROWTHHUB_MAILGUN_WEBHOOK_SIGNING_KEY} is set. A report for a message this installation
 * does not know is acknowledged and ignored, so Mailgun does not retry it.
 */
@RestController
@Hidden
class MailgunWebhookApiController {

	private static final Map<String, EmailStatus> EVENTS = Map.of("delivered", EmailStatus.DELIVERED, "opened",
			EmailStatus.OPENED, "clicked", EmailStatus.CLICKED, "failed", EmailStatus.BOUNCED, "complained",
			EmailStatus.COMPLAINED);

	private final MailgunSettings settings;

	private final MailgunSignatures signatures;

	private final EmailTracking tracking;

	MailgunWebhookApiController(MailgunSettings settings, MailgunSignatures signatures, EmailTracking tracking) {
		this.settings = settings;
		this.signatures = signatures;
		this.tracking = tracking;
	}

	@PostMapping("/webhooks/mailgun")
	ResponseEntity<Map<String, String>> receive(@RequestBody JsonNode body) {
		String key = settings.webhookSigningKey();
		if (key == null || key.isBlank()) {
			throw NotFoundException.of("Page");
		}
		JsonNode signature = body.path("signature");
		signatures.verify(key, signature.path("timestamp").asString(""), signature.path("token").asString(""),
				signature.path("signature").asString(""));
		JsonNode event = body.path("event-data");
		EmailStatus reported = EVENTS.get(event.path("event").asString(""));
		if (reported == null) {
			return ResponseEntity.ok(Map.of("result", "ignored"));
		}
		Optional<UUID> message = messageOf(event);
		if (message.isEmpty()) {
			return ResponseEntity.ok(Map.of("result", "unknown message"));
		}
		boolean permanent = "permanent".equals(event.path("severity").asString(""));
		String detail = detail(event);
		boolean known = tracking.report(message.get(), reported, detail, permanent).isPresent();
		return ResponseEntity.ok(Map.of("result", known ? "recorded" : "unknown message"));
	}

	private Optional<UUID> messageOf(JsonNode event) {
		String ours = event.path("user-variables").path(MailgunTransport.MESSAGE_ID_VARIABLE).asString("");
		try {
			if (!ours.isEmpty()) {
				return Optional.of(UUID.fromString(ours));
			}
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		String theirs = event.path("message").path("headers").path("message-id").asString("");
		return theirs.isEmpty() ? Optional.empty() : tracking.byProviderId(theirs);
	}

	private static String detail(JsonNode event) {
		JsonNode status = event.path("delivery-status");
		String text = status.path("description").asString("");
		if (text.isBlank()) {
			text = status.path("message").asString("");
		}
		String reason = event.path("reason").asString("");
		String joined = (reason.isBlank() ? "" : reason + ": ") + text;
		return joined.length() > 500 ? joined.substring(0, 500) : joined;
	}
}
