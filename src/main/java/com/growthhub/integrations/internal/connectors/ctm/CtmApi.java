package com.growthhub.integrations.internal.connectors.ctm;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.RateLimit;

import tools.jackson.databind.JsonNode;

/**
 * CallTrackingMetrics' REST API v1 with HTTP Basic authentication: the connection's token is {@code accessKey:secretKey}
 * as the vault keeps it, and its {@code accountId} setting names the account in every path. CallTrackingMetrics
 * publishes no request rate, so calls are paced gently per account and 429s are left to {@code Retry-After}.
 */
@Component
class CtmApi {

	static final String ACCOUNT = "accountId";

	static final RateLimit REQUESTS = RateLimit.of("CallTrackingMetrics", 20, Duration.ofSeconds(1));

	private final ProviderClient client;

	CtmApi(ProviderClients clients, CtmSettings settings) {
		this.client = clients.client("CallTrackingMetrics", settings.baseUrl());
	}

	/** A JSON call; {@code uri} is relative to the base URL and already expanded and encoded. */
	JsonNode call(ProviderCredentials credentials, String purpose, HttpMethod method, String uri, @Nullable Object body,
			boolean idempotent) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), idempotent, REQUESTS)
			.countedAgainst("ctm:" + account(credentials));
		return this.client.send(call, rest -> {
			var request = rest.method(method)
				.uri(uri)
				.accept(MediaType.APPLICATION_JSON)
				.header("Authorization", basic(credentials.accessToken()));
			return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(body);
		}, JsonNode.class);
	}

	static String account(ProviderCredentials credentials) {
		String account = credentials.settings().get(ACCOUNT);
		if (account == null || !account.matches("\\d{1,20}")) {
			throw new ProviderFailureException("This CallTrackingMetrics connection has no account id; reconnect it with one");
		}
		return account;
	}

	private static String basic(String keyAndSecret) {
		return "Basic " + Base64.getEncoder().encodeToString(keyAndSecret.getBytes(StandardCharsets.UTF_8));
	}
}
