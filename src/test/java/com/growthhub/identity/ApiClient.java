package com.growthhub.identity;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for API tests: never throws on 4xx/5xx, returns status, headers and body. */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient rest;

	public ApiClient(int port) {
		// The JDK's client, named: with Apache HttpClient on the classpath (webhooks) it would otherwise be picked.
		this.rest = RestClient.builder()
			.requestFactory(new JdkClientHttpRequestFactory())
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	public record Response(int status, HttpHeaders headers, JsonNode body) {

		public String text(String field) {
			return body.path(field).asString();
		}
	}

	public Response post(String path, @Nullable Object body, @Nullable String token) {
		return exchange("POST", path, body, token, Map.of());
	}

	public Response get(String path, @Nullable String token) {
		return exchange("GET", path, null, token, Map.of());
	}

	public Response exchange(String method, String path, @Nullable Object body, @Nullable String token,
			Map<String, String> headers) {
		var spec = rest.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
		if (token != null) {
			spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		for (var header : headers.entrySet()) {
			spec = spec.header(header.getKey(), header.getValue());
		}
		if (body instanceof String raw) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(raw);
		}
		else if (body != null) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
		}
		return spec.exchange((request, response) -> {
			byte[] bytes = response.getBody().readAllBytes();
			JsonNode node = bytes.length == 0 ? JSON.createObjectNode() : parse(bytes);
			return new Response(response.getStatusCode().value(), response.getHeaders(), node);
		});
	}

	private static JsonNode parse(byte[] bytes) {
		try {
			return JSON.readTree(bytes);
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode().put("raw", new String(bytes));
		}
	}
}
