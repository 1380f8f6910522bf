package com.growthhub.integrations.internal.connectors.gohighlevel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.OwnerDirectories;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;

/** Deletions pushed to HighLevel: one DELETE /contacts/{contactId} with the Version header per contact. */
class GoHighLevelDeletionTests {

	private static final ProviderCredentials TOKEN = new ProviderCredentials("pit-6a1f0c2e-fake", null,
			Map.of("locationId", "ve9EPM428h8vShlRW1KT"));

	private final ProviderStub highlevel = new ProviderStub();

	private final GoHighLevelSettings settings = new GoHighLevelSettings("client-id", "client-secret", this.highlevel.baseUrl(),
			"https://marketplace.gohighlevel.com/oauth/chooselocation", null, null);

	private final GoHighLevelApi api = new GoHighLevelApi(this.highlevel.clients, this.settings);

	private final GoHighLevelConnector connector = new GoHighLevelConnector(this.settings, this.api,
			new GoHighLevelContacts(this.api), new GoHighLevelFieldValues(this.api, new OwnerDirectories()), this.highlevel.clients);

	@AfterEach
	void stop() {
		this.highlevel.close();
	}

	@Test
	void deletesEachContactAndReportsTheRefusedOne() {
		this.highlevel.server.stubFor(delete(urlEqualTo("/contacts/ocQHyuzHvysMo5N5VsXc"))
			.withHeader("Version", equalTo("2021-07-28"))
			.withHeader("Authorization", equalTo("Bearer pit-6a1f0c2e-fake"))
			.willReturn(okJson("{\"succeded\":true}")));
		this.highlevel.server.stubFor(delete(urlEqualTo("/contacts/gone0000000000000001"))
			.willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
				.withBody("{\"statusCode\":404,\"message\":\"Contact not found\"}")));
		this.highlevel.server.stubFor(delete(urlEqualTo("/contacts/otherLocation00000001"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
				.withBody("{\"statusCode\":403,\"message\":\"The token does not have access to this location.\"}")));

		List<DeleteResult> results = this.connector.delete(TOKEN,
				List.of("ocQHyuzHvysMo5N5VsXc", "gone0000000000000001", "otherLocation00000001"));

		assertThat(results).extracting(DeleteResult::succeeded).containsExactly(true, true, false);
		assertThat(results.get(2).error()).contains("403").contains("does not have access to this location");
		this.highlevel.server.verify(3, deleteRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/contacts/.*"))
			.withHeader("Version", equalTo("2021-07-28")));
	}
}
