package com.growthhub.integrations.internal.providerhttp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.ParameterizedTypeReference;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

@ExtendWith(OutputCaptureExtension.class)
class ProviderClientTests {

	private static final String TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555";

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WireMockServer provider = new WireMockServer(options().dynamicPort());

	private final ProviderRateLimiter limiter = new ProviderRateLimiter();

	private ProviderClient client;

	@BeforeEach
	void start() {
		this.provider.start();
		ProviderHttpSettings settings = new ProviderHttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 3,
				Duration.ofMillis(20), Duration.ofSeconds(5));
		this.client = new ProviderClients(this.limiter, settings).client("HubSpot", this.provider.baseUrl());
	}

	@AfterEach
	void stop() {
		this.provider.stop();
	}

	@Test
	void waitsAsLongAsRetryAfterSaysThenSucceeds() {
		this.provider.stubFor(get(urlEqualTo("/things")).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withBody("{\"status\":\"error\",\"message\":\"You have reached your secondly limit.\",\"category\":\"RATE_LIMITS\"}"))
			.willSetStateTo("calm"));
		this.provider.stubFor(get(urlEqualTo("/things")).inScenario("busy").whenScenarioStateIs("calm")
			.willReturn(okJson("{\"portalId\":62515}")));

		Map<String, Object> answer = this.client.send(call(true), rest -> rest.get().uri("/things"), JSON);

		assertThat(answer).containsEntry("portalId", 62515);
		List<Long> times = requestTimes();
		assertThat(times).hasSize(2);
		assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(1000);
	}

	@Test
	void givesUpAfterTheLastAttemptAsRateLimitedWithoutLoggingTheToken(CapturedOutput output) {
		this.provider.stubFor(get(urlEqualTo("/things")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));

		assertThatThrownBy(() -> this.client.send(call(true), rest -> rest.get().uri("/things"), JSON))
			.isInstanceOf(ProviderRateLimitedException.class)
			.hasMessageContaining("HubSpot answered 429 to read things");
		this.provider.verify(3, getRequestedFor(urlEqualTo("/things")));
		assertThat(output).contains("HubSpot answered 429 to read things (attempt 2 of 3)").doesNotContain(TOKEN);
	}

	@Test
	void answersUnauthorizedOn401() {
		this.provider.stubFor(get(urlEqualTo("/things")).willReturn(aResponse().withStatus(401)
			.withBody("{\"status\":\"error\",\"message\":\"The OAuth token used to make this call expired 2 hour(s) ago.\","
					+ "\"category\":\"EXPIRED_AUTHENTICATION\"}")));

		assertThatThrownBy(() -> this.client.send(call(true), rest -> rest.get().uri("/things"), JSON))
			.isInstanceOf(ProviderUnauthorizedException.class);
		this.provider.verify(1, getRequestedFor(urlEqualTo("/things")));
	}

	@Test
	void explainsARefusalInTheProvidersWordsWithoutTheToken() {
		this.provider.stubFor(post(urlEqualTo("/things")).willReturn(aResponse().withStatus(400)
			.withBody("{\"status\":\"error\",\"message\":\"Property values were not valid for token " + TOKEN + "\"}")));

		assertThatThrownBy(() -> this.client.send(call(false), rest -> rest.post().uri("/things"), JSON))
			.isExactlyInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("HubSpot answered 400 to read things: Property values were not valid")
			.hasMessageNotContaining(TOKEN);
	}

	@Test
	void repeatsOnlyRepeatableCallsAfterServerErrors() {
		this.provider.stubFor(post(urlEqualTo("/things")).willReturn(aResponse().withStatus(502)));
		this.provider.stubFor(get(urlEqualTo("/things")).willReturn(aResponse().withStatus(502)));

		assertThatThrownBy(() -> this.client.send(call(false), rest -> rest.post().uri("/things"), JSON))
			.isInstanceOf(ProviderFailureException.class);
		assertThatThrownBy(() -> this.client.send(call(true), rest -> rest.get().uri("/things"), JSON))
			.isInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("3 times");
		this.provider.verify(1, postRequestedFor(urlEqualTo("/things")));
		this.provider.verify(3, getRequestedFor(urlEqualTo("/things")));
	}

	@Test
	void reportsAnAnswerOfAnotherShapeOrNoneAsAFailure() {
		this.provider.stubFor(get(urlEqualTo("/html")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json").withBody("<html>maintenance</html>")));
		this.provider.stubFor(get(urlEqualTo("/empty")).willReturn(aResponse().withStatus(204)));

		assertThatThrownBy(() -> this.client.send(call(true), rest -> rest.get().uri("/html"), JSON))
			.isExactlyInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("cannot read");
		assertThatThrownBy(() -> this.client.send(call(true), rest -> rest.get().uri("/empty"), JSON))
			.isExactlyInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("without a body");
	}

	@Test
	void waitsForATokenInsteadOfFailing() {
		this.provider.stubFor(get(urlEqualTo("/things")).willReturn(okJson("{}")));
		RateLimit twoPerHalfSecond = RateLimit.of("test", 2, Duration.ofMillis(500));

		long started = System.currentTimeMillis();
		for (int i = 0; i < 5; i++) {
			this.client.send(call(true, twoPerHalfSecond), rest -> rest.get().uri("/things"), JSON);
		}

		// Two tokens at once, then one every 250 ms: the fifth request cannot reach the provider before 750 ms.
		List<Long> times = requestTimes();
		assertThat(times).hasSize(5);
		assertThat(times.get(4) - started).isGreaterThanOrEqualTo(745);
		assertThat(this.limiter.available(twoPerHalfSecond, ProviderCall.fingerprint(TOKEN))).isLessThan(2);
	}

	@Test
	void failsRatherThanWaitLongerThanTheLongestWait() {
		RateLimit onePerHour = RateLimit.of("daily", 1, Duration.ofHours(1));
		this.limiter.acquire(onePerHour, "account", Duration.ZERO);

		assertThat(this.limiter.available(onePerHour, "account")).isZero();
		assertThatThrownBy(() -> this.limiter.acquire(onePerHour, "account", Duration.ofMillis(10)))
			.isInstanceOf(ProviderRateLimitedException.class);
		assertThat(this.limiter.available(onePerHour, "another account")).isEqualTo(1);
	}

	@Test
	void readsRetryAfterAsSecondsOrDate() {
		org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
		headers.set("Retry-After", "7");
		assertThat(ProviderClient.retryAfter(headers)).contains(Duration.ofSeconds(7));
		headers.set("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT");
		assertThat(ProviderClient.retryAfter(headers)).contains(Duration.ZERO);
	}

	private static ProviderCall call(boolean idempotent, RateLimit... limits) {
		return ProviderCall.of("read things", TOKEN, idempotent, limits);
	}

	private List<Long> requestTimes() {
		return this.provider.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map(request -> request.getLoggedDate().getTime())
			.sorted(Comparator.naturalOrder())
			.toList();
	}
}
