package com.growthhub.billing.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.growthhub.billing.internal.payments.stripe.StripeWebhooks;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where Stripe delivers events ({@code POST /webhooks/stripe}, the endpoint URL to enter in Stripe's dashboard): public,
 * so the {@code Stripe-Signature} header is the only credential. Answers 200 for an event handled now or before.
 */
@RestController
@Hidden
class StripeWebhookApiController {

	// Stripe's events are a few KB; a larger body is not one of them.
	private static final int MAX_BYTES = 256 * 1024;

	private final StripeWebhooks webhooks;

	StripeWebhookApiController(StripeWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/webhooks/stripe")
	Map<String, Boolean> receive(HttpServletRequest request,
			@RequestHeader(name = "Stripe-Signature", required = false) @Nullable String signature) throws IOException {
		// The signature covers the exact bytes Stripe sent, so the body is read raw, never re-serialized.
		webhooks.receive(read(request), signature);
		return Map.of("received", true);
	}

	private static String read(HttpServletRequest request) throws IOException {
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BYTES + 1);
			if (body.length > MAX_BYTES) {
				throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, "A webhook body may have at most " + MAX_BYTES + " bytes.");
			}
			return new String(body, StandardCharsets.UTF_8);
		}
	}
}
