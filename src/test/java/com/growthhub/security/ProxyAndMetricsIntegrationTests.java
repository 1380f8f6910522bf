package com.growthhub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * An installation behind a TLS-terminating proxy ({@code GROWTHHUB_FORWARD_HEADERS=native}) with a metrics token:
 * the proxy's {@code X-Forwarded-Proto} makes requests secure (HSTS, Secure session cookie), and the metrics answer
 * only the scraper holding the token.
 */
@TestPropertySource(properties = { "server.forward-headers-strategy=native", "growthhub.metrics.token=scrape-me-2026" })
class ProxyAndMetricsIntegrationTests extends IdentityTestSupport {

	@Test
	void requestsTheProxyReceivedOverTlsGetHstsAndASecureSessionCookie() throws IOException {
		RawHttp.Answer page = RawHttp.send(port, "GET /login HTTP/1.1\r\nHost: crm.example.com\r\nX-Forwarded-Proto: https",
				new byte[0]);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Strict-Transport-Security")).startsWith("max-age=31536000");
		assertThat(page.header("Permissions-Policy")).contains("camera=(self)", "microphone=()", "geolocation=()");
		assertThat(page.head()).containsPattern("(?i)Set-Cookie: GHSESSION=[^\\r\\n]*; Secure");

		RawHttp.Answer plain = RawHttp.send(port, "GET /login HTTP/1.1\r\nHost: localhost", new byte[0]);
		assertThat(plain.header("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void metricsAnswerOnlyTheConfiguredToken() {
		assertThat(api().get("/actuator/prometheus", null).status()).as("no token, even from this machine")
			.isEqualTo(404);
		assertThat(api().exchange("GET", "/actuator/prometheus", null, null,
				Map.of("Authorization", "Bearer wrong-token")).status()).isEqualTo(404);
		ApiClient.Response scraped = api().exchange("GET", "/actuator/prometheus", null, null,
				Map.of("Authorization", "Bearer scrape-me-2026"));
		assertThat(scraped.status()).isEqualTo(200);
	}
}
