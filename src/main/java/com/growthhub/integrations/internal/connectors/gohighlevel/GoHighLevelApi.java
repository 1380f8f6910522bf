package com.growthhub.integrations.internal.connectors.gohighlevel;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.RateLimit;

/**
 * HighLevel's API v2 ({@code Version: 2021-07-28}), paced by its burst limit of 100 requests per 10 seconds per
 * location (the daily limit of 200,000 is left to the 429 handling).
 */
@Component
class GoHighLevelApi {

	static final String VERSION = "2021-07-28";

	static final String LOCATION = "locationId";

	static final RateLimit REQUESTS = RateLimit.of("HighLevel", 100, Duration.ofSeconds(10));

	private final ProviderClient client;

	GoHighLevelApi(ProviderClients clients, GoHighLevelSettings settings) {
		this.client = clients.client("HighLevel", settings.baseUrl());
	}

	/** Every call of this API is safe to repeat: reads, searches, upserts and updates by id. */
	<T> T call(ProviderCredentials credentials, String purpose, HttpMethod method, String path, Object[] variables,
			@Nullable Object body, ParameterizedTypeReference<T> answer) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS)
			.countedAgainst(location(credentials));
		return this.client.send(call, rest -> {
			var request = rest.method(method)
				.uri(path, variables)
				.header("Version", VERSION)
				.accept(MediaType.APPLICATION_JSON)
				.headers(h -> h.setBearerAuth(credentials.accessToken()));
			return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).body(body);
		}, answer);
	}

	/** {@code DELETE} of one record; one HighLevel no longer has (404) is deleted already. */
	void delete(ProviderCredentials credentials, String purpose, String path, Object[] variables) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS)
			.countedAgainst(location(credentials));
		this.client.delete(call, rest -> rest.delete()
			.uri(path, variables)
			.header("Version", VERSION)
			.accept(MediaType.APPLICATION_JSON)
			.headers(h -> h.setBearerAuth(credentials.accessToken())));
	}

	static String location(ProviderCredentials credentials) {
		String location = credentials.settings().get(LOCATION);
		if (location == null || location.isBlank()) {
			throw new ProviderFailureException("This HighLevel connection has no location id; set it on the card");
		}
		return location;
	}
}
