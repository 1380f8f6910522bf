package com.growthhub.integrations.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.sync.CallWebhooks;
import com.growthhub.platform.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where CallTrackingMetrics delivers new and updated calls: public, so the signature ({@code X-CTM-Signature}, the
 * hex HMAC-SHA256 of the body with the account's secret key) is the only credential; the call is recorded at once.
 * More specific than the generic provider webhook, which only queues a sync. Reached at {@code POST /webhooks/ctm}
 * through {@link ProviderWebhookSecurityConfiguration}'s stateless chain.
 */
@RestController
@Tag(name = "Integrations")
class CtmWebhookApiController {

	private final CallWebhooks webhooks;
	private final IntegrationSettings settings;

	CtmWebhookApiController(CallWebhooks webhooks, IntegrationSettings settings) {
		this.webhooks = webhooks;
		this.settings = settings;
	}

	// /webhooks/ctm is the address to paste into CallTrackingMetrics (public, like /webhooks/sms); the API path stays
	// for deliveries already configured with it.
	@PostMapping({ "/webhooks/ctm", "/api/v1/integrations/ctm/webhook" })
	@SecurityRequirements
	@Operation(summary = "A CallTrackingMetrics webhook delivery of one call (public; X-CTM-Signature is the hex "
			+ "HMAC-SHA256 of the raw body keyed with the account's secret key): recorded in the call inbox at once, a "
			+ "transcript that arrived later re-classifies it. A missing or wrong signature answers 401; a replay changes nothing")
	ResponseEntity<Map<String, Integer>> receive(HttpServletRequest request) throws IOException {
		byte[] body = read(request);
		Map<String, String> headers = new HashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
		}
		return ResponseEntity.ok(Map.of("recorded", webhooks.receive(Provider.CTM, headers, body)));
	}

	@ExceptionHandler(InvalidWebhookException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidWebhookException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Invalid webhook", ex.getMessage()));
	}

	private byte[] read(HttpServletRequest request) throws IOException {
		int limit = settings.webhookMaxBytes();
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(limit + 1);
			if (body.length > limit) {
				throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A webhook body may have at most " + limit + " bytes.");
			}
			return body;
		}
	}
}
