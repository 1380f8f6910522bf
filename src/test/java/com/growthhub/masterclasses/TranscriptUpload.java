package com.growthhub.masterclasses;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code POST /api/v1/masterclasses/{id}/transcripts} as a program sends it: the file as a multipart part. */
final class TranscriptUpload {

	record Answer(int status, JsonNode body) {
	}

	private TranscriptUpload() {
	}

	static Answer post(int port, String token, Object masterclassId, String fileName, String content) {
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.parseMediaType(fileName.endsWith(".vtt") ? "text/vtt" : "application/x-subrip"));
		body.add("file", new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, part));
		body.add("language", "en");
		return RestClient.create("http://localhost:" + port).post()
			.uri("/api/v1/masterclasses/" + masterclassId + "/transcripts")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					JsonMapper.builder().build().readTree(response.getBody())));
	}
}
