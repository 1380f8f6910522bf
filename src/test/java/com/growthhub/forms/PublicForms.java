package com.growthhub.forms;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A visitor's side of a published form: fetch and solve the challenge, post answers as JSON or form-encoded. */
final class PublicForms {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final int port;

	PublicForms(int port) {
		this.port = port;
	}

	record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {
		String submissionId() {
			return body.path("submissionId").asString();
		}
	}

	/** A solution of a fresh challenge, as pow.js sends it. */
	String proofOfWork(UUID formId) throws Exception {
		JsonNode challenge = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/f/" + formId + "/challenge")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
		String salt = challenge.path("salt").asString();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		for (int n = 0; n <= challenge.path("maxnumber").asInt(); n++) {
			String hash = HexFormat.of().formatHex(sha.digest((salt + n).getBytes(StandardCharsets.UTF_8)));
			if (hash.equals(challenge.path("challenge").asString())) {
				Map<String, Object> solution = new LinkedHashMap<>();
				solution.put("algorithm", "SHA-256");
				solution.put("challenge", hash);
				solution.put("number", n);
				solution.put("salt", salt);
				solution.put("signature", challenge.path("signature").asString());
				return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(solution));
			}
		}
		throw new AssertionError("challenge not solvable");
	}

	Answer postJson(UUID formId, Object body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/f/" + formId + "/submissions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body instanceof String raw ? raw : JSON.writeValueAsString(body)));
		headers.forEach(request::header);
		return send(request.build());
	}

	Answer postForm(UUID formId, Map<String, String> fields, Map<String, String> headers) throws Exception {
		String body = fields.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/f/" + formId + "/submissions"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** A file to send in a multipart submission. */
	record FilePart(String field, String name, String contentType, byte[] bytes) {
	}

	/** Answers and files as multipart/form-data, as the hosted page sends a form that takes files. */
	Answer postMultipart(UUID formId, Map<String, String> fields, java.util.List<FilePart> files,
			Map<String, String> headers) throws Exception {
		String boundary = "gh" + UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		for (FilePart file : files) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
					+ file.name() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.bytes());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/f/" + formId + "/submissions"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		headers.forEach(request::header);
		return send(request.build());
	}

	Answer options(UUID formId, String origin) throws Exception {
		return send(HttpRequest.newBuilder(uri("/f/" + formId + "/submissions"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build());
	}

	private Answer send(HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode body = response.body().isBlank() || !response.body().strip().startsWith("{") ? JSON.createObjectNode()
				: JSON.readTree(response.body());
		return new Answer(response.statusCode(), body, response.headers());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
