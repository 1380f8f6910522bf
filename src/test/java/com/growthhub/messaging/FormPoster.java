package com.growthhub.messaging;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;

import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts a form as an SMS provider posts its webhook, with an {@code X-Twilio-Signature}. */
record FormPoster(int port) {

	ApiClient.Response post(String path, Map<String, String> form, String signature) {
		String body = form.entrySet().stream()
			.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Twilio-Signature", signature)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			HttpHeaders headers = new HttpHeaders();
			response.headers().map().forEach(headers::addAll);
			JsonNode json = response.body().startsWith("{") ? JsonMapper.builder().build().readTree(response.body())
					: JsonMapper.builder().build().getNodeFactory().textNode(response.body());
			return new ApiClient.Response(response.statusCode(), headers, json);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
