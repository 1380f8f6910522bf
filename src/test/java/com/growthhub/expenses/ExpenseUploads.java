package com.growthhub.expenses;

import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart requests of the expense API, as a browser or a program sends them: the part's type guessed from its name. */
public final class ExpenseUploads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient rest;

	public ExpenseUploads(int port) {
		this.rest = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
	}

	/** POSTs {@code bytes} as the part {@code receipt} named {@code fileName}, with the other fields as form parts. */
	public ApiClient.Response post(String path, String token, byte[] bytes, String fileName, Map<String, String> fields) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("receipt", new ByteArrayResource(bytes) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		fields.forEach(parts::add);
		return rest.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
			.exchange((request, response) -> {
				byte[] body = response.getBody().readAllBytes();
				JsonNode node = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
				return new ApiClient.Response(response.getStatusCode().value(), response.getHeaders(), node);
			});
	}

	/** GETs bytes (a receipt, a CSV) with their status and headers. */
	public Download get(String path, String token) {
		return rest.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange((request, response) -> new Download(response.getStatusCode().value(), response.getHeaders(),
					response.getBody().readAllBytes()));
	}

	public record Download(int status, HttpHeaders headers, byte[] body) {
	}
}
