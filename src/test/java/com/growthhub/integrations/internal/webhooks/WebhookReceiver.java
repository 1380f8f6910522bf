package com.growthhub.integrations.internal.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * A webhook receiver on loopback (WireMock): answers what a test tells it and checks signatures the way the Standard
 * Webhooks specification tells a receiver to, written here independently of the application's signing code.
 */
final class WebhookReceiver implements AutoCloseable {

	private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

	WebhookReceiver() {
		server.start();
	}

	String url(String path) {
		return "http://127.0.0.1:" + server.port() + path;
	}

	WireMockServer server() {
		return server;
	}

	void answers(String path, int status) {
		server.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(status).withBody("{\"ok\":" + (status < 300) + "}")));
	}

	List<LoggedRequest> received(String path) {
		return server.findAll(postRequestedFor(urlEqualTo(path)));
	}

	/** The receiver's check: v1 HMAC-SHA256 of "id.timestamp.body" under the base64-decoded secret after whsec_. */
	static boolean signedWith(String secret, LoggedRequest request) {
		String id = request.getHeader("webhook-id");
		String timestamp = request.getHeader("webhook-timestamp");
		String body = new String(request.getBody(), StandardCharsets.UTF_8);
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String expected = "v1," + Base64.getEncoder()
				.encodeToString(hmac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
			return List.of(request.getHeader("webhook-signature").split(" ")).contains(expected);
		}
		catch (GeneralSecurityException ex) {
			throw new AssertionError(ex);
		}
	}

	@Override
	public void close() {
		server.stop();
	}
}
