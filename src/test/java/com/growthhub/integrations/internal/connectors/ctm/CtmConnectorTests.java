package com.growthhub.integrations.internal.connectors.ctm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.growthhub.calls.CallDirection;
import com.growthhub.calls.CallStatus;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.TranscriptLine;
import com.growthhub.integrations.internal.connectors.CallSource.CallPage;
import com.growthhub.integrations.internal.connectors.CallSource.CallRequest;
import com.growthhub.integrations.internal.connectors.InvalidWebhookException;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

/** The CallTrackingMetrics connector against WireMock stubs shaped like its API v1. */
class CtmConnectorTests {

	private static final long ACCOUNT = 48213;

	private static final ProviderCredentials KEYS = new ProviderCredentials("a4f0c1e2b3d4:9e8d7c6b5a4f3e2d1c0b", null,
			Map.of("accountId", String.valueOf(ACCOUNT)));

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString(KEYS.accessToken().getBytes(StandardCharsets.UTF_8));

	private static final Instant START = Instant.parse("2026-11-30T14:15:00Z");

	private final ProviderStub ctm = new ProviderStub();

	private final CtmConnector connector = new CtmConnector(new CtmApi(this.ctm.clients, new CtmSettings(this.ctm.baseUrl())));

	@AfterEach
	void stop() {
		this.ctm.close();
	}

	@Test
	void testReadsTheAccountWithBasicAuthentication() {
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213"))
			.withHeader("Authorization", equalTo(BASIC))
			.willReturn(okJson("{\"id\":48213,\"name\":\"Acme Plumbing\",\"status\":\"active\"}")));

		assertThat(this.connector.test(KEYS).displayName()).isEqualTo("Acme Plumbing");
		assertThat(this.connector.test(KEYS).accountId()).isEqualTo("48213");
	}

	@Test
	void followsNextPageAcrossThreePagesUntilItIsAbsent() {
		stubPage(1, "page=1&per_page=2", List.of(1001, 1002), false);
		stubPage(2, "page=2&per_page=2", List.of(1003, 1004), false);
		stubPage(3, "page=3&per_page=2", List.of(1005), true);

		List<IncomingCall> all = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		String cursor = null;
		do {
			CallPage page = this.connector.calls(KEYS, new CallRequest(cursor, null, 2));
			all.addAll(page.calls());
			cursor = page.nextCursor();
			cursors.add(String.valueOf(cursor));
		}
		while (cursor != null);

		assertThat(all).extracting(IncomingCall::externalId).containsExactly("1001", "1002", "1003", "1004", "1005");
		assertThat(cursors).containsExactly("page=2&per_page=2", "page=3&per_page=2", "null");
		this.ctm.server.verify(3, getRequestedFor(urlPathEqualTo("/api/v1/accounts/48213/calls.json"))
			.withHeader("Authorization", equalTo(BASIC)));
	}

	@Test
	void anIncrementalReadAsksFromTheDayBeforeTheCheckpoint() {
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213/calls.json?page=1&per_page=100&start_date=2026-11-29"))
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), ACCOUNT, 1, 100, 0, List.of(), true))));

		CallPage page = this.connector.calls(KEYS, new CallRequest(null, START, 100));

		assertThat(page.calls()).isEmpty();
		assertThat(page.nextCursor()).isNull();
	}

	@Test
	void readsACallWithItsTranscriptSpeakersRecordingAndSaleScore() {
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213/calls.json?page=1&per_page=10"))
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), ACCOUNT, 1, 10, 1,
					List.of(CtmJson.call(2001, ACCOUNT, START, 184, "Agent: Acme Plumbing, how can I help?\nCaller: My boiler is leaking.", 4)),
					true))));

		IncomingCall call = this.connector.calls(KEYS, new CallRequest(null, null, 10)).calls().getFirst();

		assertThat(call.externalId()).isEqualTo("2001");
		assertThat(call.startedAt()).isEqualTo(START);
		assertThat(call.direction()).isEqualTo(CallDirection.INBOUND);
		assertThat(call.status()).isEqualTo(CallStatus.ANSWERED);
		assertThat(call.durationSeconds()).isEqualTo(184);
		assertThat(call.trackingNumber()).isEqualTo("+15559870000");
		assertThat(call.callerName()).isEqualTo("Jane Roe");
		assertThat(call.source()).isEqualTo("Google Ads");
		assertThat(call.campaign()).isEqualTo("Spring campaign");
		assertThat(call.recordingUrl()).endsWith("/calls/2001/recording.mp3");
		assertThat(call.transcript()).containsExactly(new TranscriptLine("Agent", "Acme Plumbing, how can I help?"),
				new TranscriptLine("Caller", "My boiler is leaking."));
		assertThat(call.rating()).isEqualTo(4);
	}

	@Test
	void anUnansweredCallIsMissedAndAZeroScoreIsNoRating() {
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213/calls/2002"))
			.willReturn(okJson(CtmJson.call(2002, ACCOUNT, START, 0, null, 0))));

		IncomingCall call = this.connector.call(KEYS, "2002");

		assertThat(call.status()).isEqualTo(CallStatus.MISSED);
		assertThat(call.transcript()).isEmpty();
		assertThat(call.rating()).isNull();
	}

	@Test
	void waitsOutA429WithRetryAfterThenSucceeds() {
		this.ctm.server.stubFor(get(urlPathEqualTo("/api/v1/accounts/48213/calls.json")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json").withBody("{\"error\":\"Too many requests\"}"))
			.willSetStateTo("calm"));
		this.ctm.server.stubFor(get(urlPathEqualTo("/api/v1/accounts/48213/calls.json")).inScenario("busy")
			.whenScenarioStateIs("calm")
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), ACCOUNT, 1, 10, 1,
					List.of(CtmJson.call(3001, ACCOUNT, START, 30, null, null)), true))));

		CallPage page = this.connector.calls(KEYS, new CallRequest(null, null, 10));

		assertThat(page.calls()).extracting(IncomingCall::externalId).containsExactly("3001");
		List<Long> times = this.ctm.requestTimes();
		assertThat(times).hasSize(2);
		assertThat(times.get(1) - times.get(0)).isGreaterThanOrEqualTo(900);
	}

	@Test
	void aWrongKeyIsUnauthorizedInWordsWithoutTheSecret() {
		this.ctm.server.stubFor(get(urlPathEqualTo("/api/v1/accounts/48213/calls.json"))
			.willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
				.withBody("{\"status\":\"error\",\"reason\":\"Invalid API credentials\"}")));

		assertThatThrownBy(() -> this.connector.calls(KEYS, new CallRequest(null, null, 10)))
			.isInstanceOf(ProviderUnauthorizedException.class)
			.hasMessageContaining("CallTrackingMetrics")
			.hasMessageNotContaining("9e8d7c6b5a4f3e2d1c0b");
	}

	@Test
	void aNextPageIsAlwaysFetchedFromTheConfiguredHost() {
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213/calls.json?page=2&per_page=10"))
			.willReturn(okJson(CtmJson.page(this.ctm.baseUrl(), ACCOUNT, 2, 10, 11, List.of(), true))));

		// A next_page on another host is followed on ours: the keys never leave for a host nobody configured.
		this.connector.calls(KEYS, new CallRequest("page=2&per_page=10", null, 10));

		this.ctm.server.verify(1, getRequestedFor(urlEqualTo("/api/v1/accounts/48213/calls.json?page=2&per_page=10")));
	}

	@Test
	void pushesARatingAsTheCallsSaleScore() {
		this.ctm.server.stubFor(post(urlEqualTo("/api/v1/accounts/48213/calls/2001/sale"))
			.willReturn(okJson("{\"status\":\"success\",\"sale\":{\"score\":5}}")));

		this.connector.rate(KEYS, "2001", 5);
		this.connector.rate(KEYS, "2001", null);

		this.ctm.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/accounts/48213/calls/2001/sale"))
			.withHeader("Authorization", equalTo(BASIC))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"score\":5}")));
		this.ctm.server.verify(1, postRequestedFor(urlEqualTo("/api/v1/accounts/48213/calls/2001/sale"))
			.withRequestBody(equalToJson("{\"score\":0}")));
	}

	@Test
	void refusesACallIdThatIsNotCtms() {
		assertThatThrownBy(() -> this.connector.rate(KEYS, "../../users", 3)).isInstanceOf(ProviderFailureException.class);
		assertThat(this.ctm.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void acceptsADeliverySignedWithTheSecretKeyAndRefusesOthers() {
		byte[] body = CtmJson.call(4001, ACCOUNT, START, 60, "Caller: hello", null).getBytes(StandardCharsets.UTF_8);
		String good = CtmWebhookSignature.sign("9e8d7c6b5a4f3e2d1c0b", body);

		assertThat(this.connector.deliveryAccount(body)).isEqualTo("48213");
		assertThat(this.connector.delivery(KEYS, Map.of("x-ctm-signature", good), body))
			.extracting(IncomingCall::externalId).containsExactly("4001");
		assertThat(this.connector.delivery(KEYS, Map.of("x-ctm-signature", "sha256=" + good.toUpperCase()), body)).hasSize(1);
		assertThatThrownBy(() -> this.connector.delivery(KEYS, Map.of(), body)).isInstanceOf(InvalidWebhookException.class);
		assertThatThrownBy(() -> this.connector.delivery(KEYS, Map.of("x-ctm-signature",
				CtmWebhookSignature.sign("another-secret", body)), body)).isInstanceOf(InvalidWebhookException.class);
		byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("\"duration\":60", "\"duration\":61")
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> this.connector.delivery(KEYS, Map.of("x-ctm-signature", good), tampered))
			.isInstanceOf(InvalidWebhookException.class);
	}

	private void stubPage(int page, String query, List<Integer> ids, boolean last) {
		List<String> calls = ids.stream().map(id -> CtmJson.call(id, ACCOUNT, START.plusSeconds(id), 42, null, null)).toList();
		this.ctm.server.stubFor(get(urlEqualTo("/api/v1/accounts/48213/calls.json?" + query))
			.withHeader("Authorization", equalTo(BASIC))
			.willReturn(okJson(CtmJson.page("https://api.calltrackingmetrics.com", ACCOUNT, page, 2, 5, calls, last))));
	}
}
