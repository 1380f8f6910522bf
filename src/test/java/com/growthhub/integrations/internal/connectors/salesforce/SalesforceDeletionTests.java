package com.growthhub.integrations.internal.connectors.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.growthhub.integrations.internal.connectors.DeleteResult;
import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;

/** Deletions pushed to Salesforce through sObject Collections: 200 ids a call, allOrNone=false, results in order. */
class SalesforceDeletionTests {

	private static final String COLLECTIONS = "/services/data/v62.0/composite/sobjects";

	private final ProviderStub salesforce = new ProviderStub();

	private final SalesforceSettings settings = new SalesforceSettings("consumer-key", "consumer-secret",
			this.salesforce.baseUrl(), "v62.0");

	private final SalesforceApi api = new SalesforceApi(this.salesforce.clients, new SalesforceAllowance(), this.settings);

	private final SalesforceObjects objects = new SalesforceObjects(this.api);

	private final SalesforceConnector connector = new SalesforceConnector(this.settings, this.api, this.objects,
			new SalesforceContactReader(this.api, this.objects), new SalesforceContactWriter(this.api, this.objects, new SalesforceOwners(this.api)),
			this.salesforce.clients);

	private final ProviderCredentials credentials = new ProviderCredentials("00Dxx0000001gPL!AQ4AQFake",
			this.salesforce.baseUrl(), Map.of("objects", "Lead,Contact"));

	@AfterEach
	void stop() {
		this.salesforce.close();
	}

	@Test
	void deletesUpTo200IdsACallAndReportsEachRefusal() {
		List<String> ids = IntStream.range(0, 201).mapToObj(i -> String.format("003xx00000%08d", i)).toList();
		String first = String.join(",", ids.subList(0, 200));
		this.salesforce.server.stubFor(delete(urlPathEqualTo(COLLECTIONS))
			.withQueryParam("ids", equalTo(first))
			.withQueryParam("allOrNone", equalTo("false"))
			.withHeader("Authorization", equalTo("Bearer 00Dxx0000001gPL!AQ4AQFake"))
			.willReturn(okJson(IntStream.range(0, 200).mapToObj(i -> switch (i) {
				case 1 -> """
						{"success":false,"errors":[{"statusCode":"DELETE_FAILED","message":"Your attempt to delete Ada Lovelace could not be completed because it is associated with the following cases.: 00001001","fields":[]}]}""";
				case 2 -> """
						{"success":false,"errors":[{"statusCode":"ENTITY_IS_DELETED","message":"entity is deleted","fields":[]}]}""";
				default -> "{\"id\":\"" + ids.get(i) + "\",\"success\":true,\"errors\":[]}";
			}).collect(Collectors.joining(",", "[", "]")))));
		this.salesforce.server.stubFor(delete(urlPathEqualTo(COLLECTIONS))
			.withQueryParam("ids", equalTo(ids.get(200)))
			.withQueryParam("allOrNone", equalTo("false"))
			.willReturn(okJson("[{\"id\":\"" + ids.get(200) + "\",\"success\":true,\"errors\":[]}]")));

		List<DeleteResult> results = this.connector.delete(this.credentials, ids);

		assertThat(results).hasSize(201);
		assertThat(results).extracting(DeleteResult::externalId).containsExactlyElementsOf(ids);
		assertThat(results.get(0).succeeded()).isTrue();
		assertThat(results.get(1).error()).contains("DELETE_FAILED").contains("associated with the following cases");
		assertThat(results.get(2).succeeded()).as("deleted already is deleted").isTrue();
		assertThat(results.get(200).succeeded()).isTrue();
		List<LoggedRequest> calls = this.salesforce.server.findAll(deleteRequestedFor(urlPathEqualTo(COLLECTIONS)));
		assertThat(calls).hasSize(2);
	}
}
