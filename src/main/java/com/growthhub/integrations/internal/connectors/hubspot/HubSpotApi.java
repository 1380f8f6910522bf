package com.growthhub.integrations.internal.connectors.hubspot;

import java.time.Duration;
import java.util.function.Function;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.RateLimit;

/**
 * HubSpot's REST API with its documented limits: 110 requests per 10 seconds for an app in an account, and 5 per
 * second for the CRM search endpoints on top of that.
 */
@Component
class HubSpotApi {

	static final RateLimit REQUESTS = RateLimit.of("HubSpot", 110, Duration.ofSeconds(10));

	static final RateLimit SEARCHES = RateLimit.of("HubSpot search", 5, Duration.ofSeconds(1));

	private final ProviderClient client;

	HubSpotApi(ProviderClients clients, HubSpotSettings settings) {
		this.client = clients.client("HubSpot", settings.baseUrl());
	}

	<T> T get(ProviderCredentials credentials, String purpose, Function<RestClient, RestClient.RequestHeadersSpec<?>> uri,
			ParameterizedTypeReference<T> answer) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS);
		return this.client.send(call, rest -> uri.apply(rest).headers(h -> h.setBearerAuth(credentials.accessToken())),
				answer);
	}

	<T> T search(ProviderCredentials credentials, String purpose, String path, Object body, Class<T> answer) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS, SEARCHES);
		return this.client.send(call, rest -> rest.post()
			.uri(path)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body), answer);
	}

	/** A batch update or upsert: both land the same however often they are sent, so server errors are retried. */
	<T> T write(ProviderCredentials credentials, String purpose, String path, Object body, Class<T> answer) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS);
		return this.client.send(call, rest -> rest.post()
			.uri(path)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body), answer);
	}

	/** A batch archive: answers 204 without a body, and archiving an archived contact again changes nothing. */
	void archive(ProviderCredentials credentials, String purpose, String path, Object body) {
		ProviderCall call = ProviderCall.of(purpose, credentials.accessToken(), true, REQUESTS);
		this.client.delete(call, rest -> rest.post()
			.uri(path)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body));
	}
}
