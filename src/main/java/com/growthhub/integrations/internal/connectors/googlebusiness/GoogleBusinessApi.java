package com.growthhub.integrations.internal.connectors.googlebusiness;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
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
 * The Business Profile API v4 reviews resource and the Account Management API's account list, with the connection's
 * OAuth access token; paced well inside Google's default 300 requests per minute per project.
 */
@Component
class GoogleBusinessApi {

	static final RateLimit REQUESTS = RateLimit.of("Google Business Profile", 120, Duration.ofMinutes(1));

	private static final Pattern REVIEW_ID = Pattern.compile("[A-Za-z0-9_-]{1,300}");

	private final ProviderClient reviews;
	private final ProviderClient accounts;

	GoogleBusinessApi(ProviderClients clients, GoogleBusinessSettings settings) {
		this.reviews = clients.client("Google Business Profile", settings.baseUrl());
		this.accounts = clients.client("Google Business Profile", settings.accountsUrl());
	}

	JsonNode accounts(ProviderCredentials credentials) {
		return accounts.send(call(credentials, "list accounts", true), rest -> rest.get()
			.uri("/v1/accounts?pageSize=20")
			.accept(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBearerAuth(credentials.accessToken())), JsonNode.class);
	}

	/** {@code GET /v4/accounts/{a}/locations/{l}/reviews}, newest change first. */
	JsonNode reviews(ProviderCredentials credentials, String location, int pageSize, @Nullable String pageToken) {
		String[] parts = parts(location);
		int size = Math.clamp(pageSize, 1, 50);
		return reviews.send(call(credentials, "list reviews", true), rest -> rest.get()
			.uri(pageToken == null
					? "/v4/accounts/{a}/locations/{l}/reviews?pageSize={size}&orderBy={order}"
					: "/v4/accounts/{a}/locations/{l}/reviews?pageSize={size}&orderBy={order}&pageToken={token}",
					parts[1], parts[3], size, "updateTime desc", pageToken == null ? "" : pageToken)
			.accept(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBearerAuth(credentials.accessToken())), JsonNode.class);
	}

	/** {@code PUT .../reviews/{id}/reply} {comment}: creates or replaces the reply, so a retry is harmless. */
	void reply(ProviderCredentials credentials, String location, String reviewId, String comment) {
		String[] parts = parts(location);
		if (!REVIEW_ID.matcher(reviewId).matches()) {
			throw new ProviderFailureException("\"" + reviewId + "\" is no Google review id");
		}
		reviews.send(call(credentials, "reply to a review", true), rest -> rest.put()
			.uri("/v4/accounts/{a}/locations/{l}/reviews/{id}/reply", parts[1], parts[3], reviewId)
			.accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.body(Map.of("comment", comment)), JsonNode.class);
	}

	private static String[] parts(String location) {
		GoogleBusinessLocations.checkName(location);
		return location.split("/");
	}

	private static ProviderCall call(ProviderCredentials credentials, String purpose, boolean idempotent) {
		return ProviderCall.of(purpose, credentials.accessToken(), idempotent, REQUESTS);
	}
}
