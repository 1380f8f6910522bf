package com.growthhub.integrations.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.integrations.internal.connections.ConnectorRegistry;
import com.growthhub.integrations.internal.connections.IntegrationSettings;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.sync.InboundWebhooks;
import com.growthhub.platform.web.Problems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where providers deliver their webhooks: public (the provider has no GrowthHub token), so the provider's signature is
 * the only credential, checked before the body is acted on; bodies are read up to a limit.
 */
@RestController
@Tag(name = "Integrations")
class InboundWebhookApiController {

	private final InboundWebhooks webhooks;
	private final ConnectorRegistry connectors;
	private final IntegrationSettings settings;

	InboundWebhookApiController(InboundWebhooks webhooks, ConnectorRegistry connectors, IntegrationSettings settings) {
		this.webhooks = webhooks;
		this.connectors = connectors;
		this.settings = settings;
	}

	@PostMapping("/api/v1/integrations/{provider}/webhook")
	@SecurityRequirements
	@Operation(summary = "A provider's webhook delivery (public; signed by the provider): the connections of the accounts "
			+ "it names sync those records soon. A missing, wrong, old or replayed signature answers 401")
	ResponseEntity<Map<String, Integer>> receive(@PathVariable String provider, HttpServletRequest request)
			throws IOException {
		byte[] body = read(request);
		Map<String, String> headers = new HashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
		}
		String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		int syncing = webhooks.receive(connectors.provider(provider), url, headers, body);
		return ResponseEntity.ok(Map.of("syncing", syncing));
	}

	@ExceptionHandler(InvalidWebhookException.class)
	ResponseEntity<org.springframework.http.ProblemDetail> invalid(InvalidWebhookException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.UNAUTHORIZED, "Invalid webhook", ex.getMessage()));
	}

	private byte[] read(HttpServletRequest request) throws IOException {
		int limit = settings.webhookMaxBytes();
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(limit + 1);
			if (body.length > limit) {
				throw new org.springframework.web.server.ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE,
						"A webhook body may have at most " + limit + " bytes.");
			}
			return body;
		}
	}
}
