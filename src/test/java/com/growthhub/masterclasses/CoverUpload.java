package com.growthhub.masterclasses;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code PUT /api/v1/masterclasses/{id}/cover} as a program sends it, and the small images it sends. */
final class CoverUpload {

	record Answer(int status, String contentType, JsonNode body) {
	}

	/** The public image as a visitor's browser gets it. */
	record Image(int status, HttpHeaders headers, byte[] bytes) {
	}

	private CoverUpload() {
	}

	static Answer put(int port, String token, Object masterclassId, String fileName, byte[] content) {
		LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		HttpHeaders part = new HttpHeaders();
		// The declared type is ignored on purpose by the server (it reads the bytes): always claim an image.
		part.setContentType(MediaType.IMAGE_PNG);
		body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}, part));
		return RestClient.create("http://localhost:" + port).put()
			.uri("/api/v1/masterclasses/" + masterclassId + "/cover")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(body)
			.exchange((request, response) -> new Answer(response.getStatusCode().value(),
					String.valueOf(response.getHeaders().getContentType()),
					JsonMapper.builder().build().readTree(response.getBody())));
	}

	static Image get(int port, String path) {
		return RestClient.create("http://localhost:" + port).get().uri(path)
			.exchange((request, response) -> new Image(response.getStatusCode().value(), response.getHeaders(),
					response.getBody().readAllBytes()));
	}

	static byte[] image(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(0, 0, 0xff8800);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A PNG's first bytes followed by noise: a "PNG" larger than the covers' limit. */
	static byte[] oversizedPng(int bytes) {
		byte[] png = image("png", 4, 4);
		byte[] large = new byte[bytes];
		System.arraycopy(png, 0, large, 0, png.length);
		return large;
	}
}
