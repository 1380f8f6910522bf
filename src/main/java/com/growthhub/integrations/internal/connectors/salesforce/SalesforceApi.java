package com.growthhub.integrations.internal.connectors.salesforce;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;
import com.growthhub.integrations.internal.providerhttp.ProviderClient;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;

/**
 * Salesforce's REST API on the connection's instance. Salesforce has no per-second limit to pace by, only the daily
 * allowance {@link SalesforceAllowance} watches, so calls spend no bucket; they count against the instance URL.
 */
@Component
class SalesforceApi {

	static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
	};

	static final ParameterizedTypeReference<List<Map<String, Object>>> ARRAY = new ParameterizedTypeReference<>() {
	};

	private final ProviderClient client;

	private final SalesforceSettings settings;

	SalesforceApi(ProviderClients clients, SalesforceAllowance allowance, SalesforceSettings settings) {
		this.client = clients.client("Salesforce", allowance);
		this.settings = settings;
	}

	String dataPath() {
		return this.settings.dataPath();
	}

	/** A path on the instance ({@code /services/...}), with query parameters encoded whatever they contain. */
	URI uri(ProviderCredentials credentials, String path, Map<String, String> query) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(instance(credentials)).path(path);
		query.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
		return builder.encode().buildAndExpand(query).toUri();
	}

	<T> T get(ProviderCredentials credentials, String purpose, URI uri, ParameterizedTypeReference<T> answer) {
		return this.client.send(call(credentials, purpose, true), rest -> rest.get()
			.uri(uri)
			.headers(h -> h.setBearerAuth(credentials.accessToken())), answer);
	}

	<T> T getPaged(ProviderCredentials credentials, String purpose, URI uri, int batchSize, ParameterizedTypeReference<T> answer) {
		return this.client.send(call(credentials, purpose, true), rest -> rest.get()
			.uri(uri)
			.header("Sforce-Query-Options", "batchSize=" + batchSize)
			.headers(h -> h.setBearerAuth(credentials.accessToken())), answer);
	}

	/** Creates ({@code POST}) or updates ({@code PATCH}) are not repeated after a server error: a create may have landed. */
	<T> T send(ProviderCredentials credentials, String purpose, HttpMethod method, URI uri, Object body,
			ParameterizedTypeReference<T> answer) {
		return this.client.send(call(credentials, purpose, method == HttpMethod.PATCH), rest -> rest.method(method)
			.uri(uri)
			.headers(h -> h.setBearerAuth(credentials.accessToken()))
			.contentType(MediaType.APPLICATION_JSON)
			.body(body), answer);
	}

	/** A deletion by ids: repeatable, since deleting a deleted record again only answers that it is deleted. */
	<T> T delete(ProviderCredentials credentials, String purpose, URI uri, ParameterizedTypeReference<T> answer) {
		return this.client.send(call(credentials, purpose, true), rest -> rest.delete()
			.uri(uri)
			.headers(h -> h.setBearerAuth(credentials.accessToken())), answer);
	}

	private static ProviderCall call(ProviderCredentials credentials, String purpose, boolean idempotent) {
		return ProviderCall.of(purpose, credentials.accessToken(), idempotent).countedAgainst(instance(credentials));
	}

	static String instance(ProviderCredentials credentials) {
		if (credentials.instanceUrl() == null || credentials.instanceUrl().isBlank()) {
			throw new ProviderFailureException("This Salesforce connection has no instance URL; connect it again");
		}
		return credentials.instanceUrl();
	}
}
