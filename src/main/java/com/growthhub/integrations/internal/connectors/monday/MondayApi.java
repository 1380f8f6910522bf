package com.growthhub.integrations.internal.connectors.monday;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.RateLimit;

import tools.jackson.databind.JsonNode;

/**
 * Monday.com's GraphQL API v2: one endpoint, the API token in {@code Authorization}, the schema version in
 * {@code API-Version}. HTTP 429s (with {@code Retry-After}) are the client's to retry; a spent complexity budget answers
 * with an error naming {@code retry_in_seconds}: a short wait is waited here, a longer one postpones the sync run.
 */
@Component
class MondayApi {

	/** Monday allows 5,000 requests a minute per account; a little under it leaves room for other apps. */
	static final RateLimit REQUESTS = RateLimit.of("Monday.com", 60, Duration.ofSeconds(1));

	private static final Pattern SECONDS = Pattern.compile("(\\d+) seconds?");
	private static final int COMPLEXITY_ATTEMPTS = 3;

	private final ProviderClient client;
	private final MondaySettings settings;

	MondayApi(ProviderClients clients, MondaySettings settings) {
		this.client = clients.client("Monday.com", settings.baseUrl());
		this.settings = settings;
	}

	/** The {@code data} of a query or mutation; GraphQL errors become connector exceptions. */
	JsonNode graphql(ProviderCredentials credentials, String purpose, String query, Map<String, Object> variables,
			boolean idempotent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("variables", variables);
		for (int attempt = 1;; attempt++) {
			JsonNode answer = client.send(ProviderCall.of(purpose, credentials.accessToken(), idempotent, REQUESTS),
					rest -> rest.post().uri("").contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
						.header("Authorization", credentials.accessToken()).header("API-Version", settings.apiVersion())
						.body(body),
					JsonNode.class);
			Duration wait = complexityWait(answer);
			if (wait == null) {
				failOnErrors(answer, purpose);
				return answer.path("data");
			}
			if (attempt >= COMPLEXITY_ATTEMPTS || wait.compareTo(settings.longestComplexityWait()) > 0) {
				throw new ProviderRateLimitedException("Monday.com's complexity budget is spent (" + purpose + ")", wait);
			}
			pause(wait);
		}
	}

	/** How long Monday asks to wait for a spent complexity budget, or null when the answer is no such refusal. */
	static Duration complexityWait(JsonNode answer) {
		for (JsonNode error : answer.path("errors")) {
			String code = error.path("extensions").path("code").asString("");
			if (code.equals("ComplexityException") || code.equals("COMPLEXITY_BUDGET_EXHAUSTED")) {
				long seconds = error.path("extensions").path("retry_in_seconds").asLong(-1);
				return Duration.ofSeconds(seconds >= 0 ? seconds : secondsIn(error.path("message").asString("")));
			}
		}
		if ("ComplexityException".equals(answer.path("error_code").asString(""))) {
			return Duration.ofSeconds(secondsIn(answer.path("error_message").asString("")));
		}
		return null;
	}

	private static long secondsIn(String message) {
		Matcher matcher = SECONDS.matcher(message);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 60;
	}

	private static void failOnErrors(JsonNode answer, String purpose) {
		JsonNode errors = answer.path("errors");
		if (errors.isArray() && !errors.isEmpty()) {
			throw new ProviderFailureException("Monday.com refused to " + purpose + ": "
					+ errors.get(0).path("message").asString("an error").replaceAll("\\s+", " "));
		}
		if (answer.has("error_message")) {
			throw new ProviderFailureException("Monday.com refused to " + purpose + ": " + answer.path("error_message").asString());
		}
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderFailureException("Interrupted while Monday.com's complexity budget refilled");
		}
	}
}
