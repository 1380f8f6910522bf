package com.growthhub.integrations.internal.connectors.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.OwnerDirectories;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;

import tools.jackson.databind.json.JsonMapper;

/** Deletions pushed to HubSpot: batch archive in hundreds, and a refused batch narrowed down to the refused contact. */
class HubSpotDeletionTests {

	private static final ProviderCredentials PRIVATE_APP = ProviderStub.token("pat-na1-5b2a4f1e-0000-4000-8000-000000000002");

	private static final String ARCHIVE = "/crm/v3/objects/contacts/batch/archive";

	private final ProviderStub hubspot = new ProviderStub();

	private final HubSpotSettings settings = new HubSpotSettings("client-id-1", "client-secret-1", this.hubspot.baseUrl(),
			"https://app.hubspot.com/oauth/authorize");

	private final HubSpotApi api = new HubSpotApi(this.hubspot.clients, this.settings);

	private final HubSpotConnector connector = new HubSpotConnector(this.settings, this.api, new HubSpotContactReader(this.api),
			new HubSpotContactWriter(this.api), new HubSpotFieldValues(new HubSpotOwners(this.api), new OwnerDirectories()),
			this.hubspot.clients);

	@AfterEach
	void stop() {
		this.hubspot.close();
	}

	@Test
	void archivesInBatchesOfAHundred() {
		this.hubspot.server.stubFor(post(urlEqualTo(ARCHIVE))
			.withHeader("Authorization", equalTo("Bearer " + PRIVATE_APP.accessToken()))
			.withHeader("Content-Type", equalTo("application/json"))
			.willReturn(aResponse().withStatus(204)));
		List<String> ids = IntStream.rangeClosed(1, 150).mapToObj(i -> Integer.toString(1000 + i)).toList();

		List<DeleteResult> results = this.connector.delete(PRIVATE_APP, ids);

		assertThat(results).hasSize(150).allMatch(DeleteResult::succeeded);
		assertThat(results).extracting(DeleteResult::externalId).containsExactlyElementsOf(ids);
		List<LoggedRequest> calls = this.hubspot.server.findAll(postRequestedFor(urlEqualTo(ARCHIVE)));
		assertThat(calls).hasSize(2);
		assertThat(inputs(calls.get(0))).hasSize(100);
		assertThat(inputs(calls.get(1))).hasSize(50);
		assertThat(calls.get(0).getBodyAsString()).startsWith("{\"inputs\":[{\"id\":\"1001\"},{\"id\":\"1002\"}");
	}

	@Test
	void aRefusedBatchIsSentAgainOneByOneSoOnlyTheBadContactFails() {
		this.hubspot.server.stubFor(post(urlEqualTo(ARCHIVE))
			.withRequestBody(matchingJsonPath("$.inputs[?(@.id == 'not-a-number')]"))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
					{"status":"error","message":"Invalid input JSON on line 1, column 20: id must be numeric",
					 "correlationId":"c0d5c8a2-7f76-4a4a-8a52-2b7c4a3f5e10","category":"VALIDATION_ERROR"}
					""")));
		this.hubspot.server.stubFor(post(urlEqualTo(ARCHIVE))
			.withRequestBody(equalToJson("{\"inputs\":[{\"id\":\"501\"}]}"))
			.willReturn(aResponse().withStatus(204)));
		this.hubspot.server.stubFor(post(urlEqualTo(ARCHIVE))
			.withRequestBody(equalToJson("{\"inputs\":[{\"id\":\"502\"}]}"))
			.willReturn(aResponse().withStatus(204)));

		List<DeleteResult> results = this.connector.delete(PRIVATE_APP, List.of("501", "not-a-number", "502"));

		assertThat(results).extracting(DeleteResult::succeeded).containsExactly(true, false, true);
		assertThat(results.get(1).error()).contains("400").contains("id must be numeric");
		assertThat(this.hubspot.server.findAll(postRequestedFor(urlEqualTo(ARCHIVE)))).hasSize(4);
	}

	private static List<?> inputs(LoggedRequest request) {
		return JsonMapper.shared().readValue(request.getBodyAsString(), java.util.Map.class).get("inputs") instanceof List<?> list
				? list : List.of();
	}
}
