package com.growthhub.integrations;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.integrations.internal.connectors.googlebusiness.GoogleBusinessJson;

import tools.jackson.databind.JsonNode;

/**
 * Google Business Profile end to end over the API against a WireMock shaped like its OAuth, accounts, reviews and reply
 * endpoints: signed in through the framework, locations picked, reviews synced page by page into the review inbox,
 * a reply posted to Google (and a refused one left unposted with Google's reason).
 */
class GoogleBusinessSyncIntegrationTests extends IdentityTestSupport {

	private final WireMockServer google = SharedGoogleBusinessStub.get();

	@Test
	void syncsReviewsPageByPageAndPostsReplies() {
		String owner = uniqueEmail("gbp-sync");
		registerVerified(owner);
		String token = accessToken(owner);
		long account = SharedGoogleBusinessStub.nextAccount();
		String location = "accounts/" + account + "/locations/" + (account + 1);

		ApiClient.Response notConnected = api().post("/api/v1/reviews/sync", null, token);
		assertThat(notConnected.status()).isEqualTo(409);
		assertThat(notConnected.text("detail")).contains("not connected");

		connect(token, account);
		ApiClient.Response picked = api().exchange("PUT", "/api/v1/integrations/google_business/settings",
				Map.of("direction", "import", "syncDeletions", false, "settings", Map.of("locations", location + "=Downtown")),
				token, Map.of());
		assertThat(picked.status()).as(picked.body().toString()).isEqualTo(200);
		stubPage(location, null, GoogleBusinessJson.page(List.of(
				GoogleBusinessJson.review(location, "g" + account + "a", "FIVE", "Ann Lee", "Lovely staff", "2026-11-01T10:00:00Z", null),
				GoogleBusinessJson.review(location, "g" + account + "b", "TWO", "Bob Ray", "Long wait", "2026-11-02T10:00:00Z", null)),
				"next-" + account));
		stubPage(location, "next-" + account, GoogleBusinessJson.page(List.of(
				GoogleBusinessJson.review(location, "g" + account + "c", "FOUR", "Cy", "Good", "2026-10-01T10:00:00Z", "Thanks Cy!")),
				null));

		ApiClient.Response started = api().post("/api/v1/reviews/sync", null, token);
		assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
		JsonNode run = awaitRun(token, started.text("id"));
		assertThat(run.path("status").asString()).as(run.toString()).isEqualTo("succeeded");
		assertThat(run.path("read").asInt()).isEqualTo(3);
		assertThat(run.path("created").asInt()).isEqualTo(3);

		Map<String, JsonNode> reviews = reviews(token);
		assertThat(reviews.keySet()).containsExactlyInAnyOrder("g" + account + "a", "g" + account + "b", "g" + account + "c");
		assertThat(reviews.get("g" + account + "c").path("state").asString()).isEqualTo("responded");
		assertThat(reviews.get("g" + account + "b").path("rating").asInt()).isEqualTo(2);
		assertThat(reviews.get("g" + account + "a").path("locationName").asString()).isEqualTo("Downtown");

		String ann = reviews.get("g" + account + "a").path("id").asString();
		google.stubFor(put(urlPathEqualTo("/v4/" + location + "/reviews/g" + account + "a/reply"))
			.willReturn(okJson("{\"comment\":\"Thank you, Ann!\",\"updateTime\":\"2026-11-03T09:00:00Z\"}")));
		api().exchange("PATCH", "/api/v1/reviews/" + ann, Map.of("replyText", "Thank you, Ann!"), token, Map.of());
		ApiClient.Response posted = api().post("/api/v1/reviews/" + ann + "/respond", null, token);
		assertThat(posted.status()).as(posted.body().toString()).isEqualTo(200);
		assertThat(posted.body().path("review").path("state").asString()).isEqualTo("responded");
		google.verify(putRequestedFor(urlPathEqualTo("/v4/" + location + "/reviews/g" + account + "a/reply"))
			.withHeader("Authorization", equalTo("Bearer access-" + account))
			.withRequestBody(equalToJson("{\"comment\":\"Thank you, Ann!\"}")));

		String bob = reviews.get("g" + account + "b").path("id").asString();
		google.stubFor(put(urlPathEqualTo("/v4/" + location + "/reviews/g" + account + "b/reply"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
					"{\"error\":{\"code\":403,\"message\":\"The caller does not have permission\",\"status\":\"PERMISSION_DENIED\"}}")));
		api().exchange("PATCH", "/api/v1/reviews/" + bob, Map.of("replyText", "Sorry, Bob"), token, Map.of());
		ApiClient.Response refused = api().post("/api/v1/reviews/" + bob + "/respond", null, token);
		assertThat(refused.status()).isEqualTo(502);
		assertThat(refused.text("reason")).contains("403");
		assertThat(api().get("/api/v1/reviews/" + bob, token).body().path("review").path("state").asString())
			.isEqualTo("draft");

		JsonNode again = awaitRun(token, api().post("/api/v1/reviews/sync", null, token).text("id"));
		assertThat(again.path("created").asInt()).isZero();
		assertThat(reviews(token)).hasSize(3);
	}

	private void connect(String token, long account) {
		google.stubFor(post(urlPathEqualTo("/token")).withRequestBody(containing("code=code-" + account))
			.willReturn(okJson("""
					{"access_token":"access-%d","expires_in":3599,"refresh_token":"refresh-%d","token_type":"Bearer",
					 "scope":"https://www.googleapis.com/auth/business.manage"}""".formatted(account, account))));
		google.stubFor(get(urlPathEqualTo("/v1/accounts")).withHeader("Authorization", equalTo("Bearer access-" + account))
			.willReturn(okJson("""
					{"accounts":[{"name":"accounts/%d","accountName":"Smile Dental %d","type":"LOCATION_GROUP"}]}"""
				.formatted(account, account))));
		String authorize = api().post("/api/v1/integrations/google_business/connect", Map.of(), token).text("authorizeUrl");
		Map<String, String> query = UriComponentsBuilder.fromUri(URI.create(authorize)).build().getQueryParams()
			.toSingleValueMap();
		assertThat(query).containsEntry("scope", "https://www.googleapis.com/auth/business.manage")
			.containsEntry("access_type", "offline");
		ApiClient.Response connected = api().get("/api/v1/integrations/google_business/callback?code=code-" + account
				+ "&state=" + query.get("state"), token);
		assertThat(connected.status()).as(connected.body().toString()).isEqualTo(201);
		assertThat(connected.body().path("connection").path("accountName").asString()).isEqualTo("Smile Dental " + account);
		await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/v1/integrations/google_business/runs", token)
			.body().path("items").path(0).path("status").asString(), "succeeded"::equals);
	}

	private void stubPage(String location, String pageToken, String body) {
		google.stubFor(get(urlPathEqualTo("/v4/" + location + "/reviews"))
			.withQueryParam("pageToken", pageToken == null ? absent() : equalTo(pageToken))
			.willReturn(okJson(body)));
	}

	private JsonNode awaitRun(String token, String runId) {
		return await().atMost(Duration.ofSeconds(60)).until(
				() -> api().get("/api/v1/integrations/google_business/runs/" + runId, token).body(),
				run -> List.of("succeeded", "failed").contains(run.path("status").asString()));
	}

	private Map<String, JsonNode> reviews(String token) {
		return api().get("/api/v1/reviews", token).body().path("items").valueStream()
			.collect(Collectors.toMap(review -> review.path("externalId").asString(), review -> review));
	}
}
