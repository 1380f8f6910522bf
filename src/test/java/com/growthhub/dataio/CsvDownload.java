package com.growthhub.dataio;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/** {@code GET} of a CSV the API serves, with a bearer token: the status and the text, whatever the status. */
final class CsvDownload {

	record Answer(int status, String body) {
	}

	private CsvDownload() {
	}

	static Answer get(int port, String path, String token) {
		return RestClient.create("http://localhost:" + port).get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}
}
