package com.growthhub.dataio;

import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/imports} as a program sends it: the file as a multipart part, the options as fields. */
final class ImportUpload {

	record Answer(int status, JsonNode body) {
	}

	private ImportUpload() {
	}

	static Answer post(int port, String token, Resource file, Map<String, String> fields) {
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.parseMediaType("text/csv"));
		body.add("file", new HttpEntity<>(file, part));
		fields.forEach(body::add);
		return RestClient.create("http://localhost:" + port).post().uri("/api/v1/imports")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					JsonMapper.builder().build().readTree(response.getBody())));
	}
}
