package com.growthhub.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import com.growthhub.identity.ApiClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multipart uploads and raw downloads for the media API tests, next to the JSON {@link ApiClient}. */
public final class MediaApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RestClient rest;
	private final ApiClient api;

	public MediaApi(int port) {
		this.rest = RestClient.builder().baseUrl("http://localhost:" + port)
			.defaultStatusHandler(status -> true, (request, response) -> {
			})
			.build();
		this.api = new ApiClient(port);
	}

	/** A file to upload: its name and bytes. */
	public record Part(String name, byte[] bytes) {
	}

	/** {@code POST /api/v1/media} with one {@code file} part per file and the extra fields given. */
	public ApiClient.Response upload(String token, Map<String, String> fields, Part... files) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		for (Part file : files) {
			body.add("file", new ByteArrayResource(file.bytes()) {
				@Override
				public String getFilename() {
					return file.name();
				}
			});
		}
		fields.forEach(body::add);
		return rest.post().uri("/api/v1/media").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA).body(body)
			.exchange((request, response) -> {
				byte[] bytes = response.getBody().readAllBytes();
				JsonNode node = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
				return new ApiClient.Response(response.getStatusCode().value(), response.getHeaders(), node);
			});
	}

	/** Uploads one file and answers its id. */
	public String uploaded(String token, String name, byte[] bytes) {
		ApiClient.Response created = upload(token, Map.of(), new Part(name, bytes));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().path("items").get(0).path("id").asString();
	}

	/** Waits until processing has finished the item (ready or failed) and answers it. */
	public JsonNode processed(String token, String id) {
		return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
			ApiClient.Response item = api.get("/api/v1/media/" + id, token);
			return item.body();
		}, item -> !item.path("status").asString().equals("processing"));
	}

	public record Download(int status, HttpHeaders headers, byte[] body) {
	}

	/** A GET without JSON parsing, with a token (or none) and extra headers such as Range. */
	public Download download(String path, @Nullable String token, Map<String, String> headers) {
		java.net.URI uri = java.net.URI.create(path);
		var spec = uri.isAbsolute() ? rest.get().uri(uri) : rest.get().uri(path);
		if (token != null) {
			spec = spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		for (var header : headers.entrySet()) {
			spec = spec.header(header.getKey(), header.getValue());
		}
		return spec.exchange((request, response) -> new Download(response.getStatusCode().value(), response.getHeaders(),
				response.getBody().readAllBytes()));
	}
}
