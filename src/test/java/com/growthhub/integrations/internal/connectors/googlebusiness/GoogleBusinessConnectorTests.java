package com.growthhub.integrations.internal.connectors.googlebusiness;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ReviewSource.ReviewPage;
import com.growthhub.integrations.internal.connectors.ReviewSource.ReviewRequest;
import com.growthhub.reviews.IncomingReview;

/** The Google Business Profile connector against a WireMock shaped like the v4 reviews and reply endpoints. */
class GoogleBusinessConnectorTests {

	private static final String NORTH = "accounts/111/locations/222";
	private static final String SOUTH = "accounts/111/locations/333";
	private static final String TOKEN = "ya29.a0AfH6SMBbusiness";

	private final ProviderStub google = new ProviderStub();

	private final GoogleBusinessConnector connector = new GoogleBusinessConnector(
			new GoogleBusinessSettings("client-id", "client-secret", google.baseUrl(), google.baseUrl(),
					google.baseUrl() + "/o/oauth2/v2/auth", google.baseUrl()),
			new GoogleBusinessApi(google.clients, new GoogleBusinessSettings("client-id", "client-secret", google.baseUrl(),
					google.baseUrl(), google.baseUrl() + "/o/oauth2/v2/auth", google.baseUrl())),
			google.clients);

	private final ProviderCredentials credentials = new ProviderCredentials(TOKEN, null,
			Map.of("locations", NORTH + "=North clinic, " + SOUTH));

	@AfterEach
	void stop() {
		google.close();
	}

	@Test
	void readsEveryPageOfEveryPickedLocationFollowingNextPageToken() {
		stubPage(NORTH, null, GoogleBusinessJson.page(List.of(
				GoogleBusinessJson.review(NORTH, "rA", "FIVE", "Ann Lee", "Lovely", "2026-11-01T10:00:00Z", null),
				GoogleBusinessJson.review(NORTH, "rB", "TWO", "Bob", "Slow", "2026-11-02T10:00:00Z", "Sorry Bob")), "tok-2"));
		stubPage(NORTH, "tok-2", GoogleBusinessJson.page(List.of(
				GoogleBusinessJson.review(NORTH, "rC", "THREE", "Cy", "Okay", "2026-10-01T10:00:00Z", null)), null));
		stubPage(SOUTH, null, GoogleBusinessJson.page(List.of(
				GoogleBusinessJson.review(SOUTH, "rD", "ONE", "Di", "Bad", "2026-09-01T10:00:00Z", null)), null));

		List<IncomingReview> all = new ArrayList<>();
		List<String> cursors = new ArrayList<>();
		String cursor = null;
		do {
			ReviewPage page = connector.reviews(credentials, new ReviewRequest(cursor, 100));
			all.addAll(page.reviews());
			cursor = page.nextCursor();
			cursors.add(String.valueOf(cursor));
		}
		while (cursor != null);

		assertThat(cursors).containsExactly("0|tok-2", "1|", "null");
		assertThat(all).extracting(IncomingReview::externalId).containsExactly("rA", "rB", "rC", "rD");
		IncomingReview bob = all.get(1);
		assertThat(bob.rating()).isEqualTo(2);
		assertThat(bob.reviewerName()).isEqualTo("Bob");
		assertThat(bob.text()).isEqualTo("Slow");
		assertThat(bob.writtenAt()).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
		assertThat(bob.replyText()).isEqualTo("Sorry Bob");
		assertThat(bob.repliedAt()).isEqualTo(Instant.parse("2026-11-02T12:00:00Z"));
		assertThat(bob.locationId()).isEqualTo(NORTH);
		assertThat(bob.locationName()).isEqualTo("North clinic");
		assertThat(all.get(3).locationName()).as("no display name picked").isEqualTo(SOUTH);
		assertThat(all.get(0).replyText()).isNull();
	}

	@Test
	void putsTheReplyOnTheReview() {
		google.server.stubFor(put(urlPathEqualTo("/v4/accounts/111/locations/222/reviews/rA/reply"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.willReturn(okJson("{\"comment\":\"Thank you, Ann!\",\"updateTime\":\"2026-11-03T09:00:00Z\"}")));

		connector.reply(credentials, NORTH, "rA", "Thank you, Ann!");

		google.server.verify(putRequestedFor(urlPathEqualTo("/v4/accounts/111/locations/222/reviews/rA/reply"))
			.withRequestBody(equalToJson("{\"comment\":\"Thank you, Ann!\"}")));
	}

	@Test
	void aRefusedReplyOrAStrangeLocationIsAFailureAPersonCanRead() {
		google.server.stubFor(put(urlPathEqualTo("/v4/accounts/111/locations/222/reviews/rA/reply"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":400,\"message\":\"Request contains an invalid argument.\",\"status\":\"INVALID_ARGUMENT\"}}")));

		assertThatThrownBy(() -> connector.reply(credentials, NORTH, "rA", "x"))
			.isInstanceOf(ProviderFailureException.class).hasMessageContaining("400");
		assertThatThrownBy(() -> connector.reviews(new ProviderCredentials(TOKEN, null, Map.of("locations", "../admin")),
				new ReviewRequest(null, 50))).isInstanceOf(ProviderFailureException.class)
			.hasMessageContaining("accounts/<account id>/locations/<location id>");
		assertThat(connector.reviews(new ProviderCredentials(TOKEN, null, Map.of()), new ReviewRequest(null, 50)).reviews())
			.as("no location picked yet").isEmpty();
	}

	private void stubPage(String location, String pageToken, String body) {
		google.server.stubFor(get(urlPathEqualTo("/v4/" + location + "/reviews"))
			.withHeader("Authorization", equalTo("Bearer " + TOKEN))
			.withQueryParam("pageSize", equalTo("50"))
			.withQueryParam("orderBy", equalTo("updateTime desc"))
			.withQueryParam("pageToken", pageToken == null ? absent() : equalTo(pageToken))
			.willReturn(okJson(body)));
	}
}
