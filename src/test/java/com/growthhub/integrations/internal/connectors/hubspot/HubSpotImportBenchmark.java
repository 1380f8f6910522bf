package com.growthhub.integrations.internal.connectors.hubspot;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.StringJoiner;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.growthhub.integrations.internal.connectors.ProviderCredentials;
import com.growthhub.integrations.internal.connectors.ProviderStub;
import com.growthhub.integrations.internal.connectors.ReadRequest;
import com.growthhub.integrations.internal.connectors.RecordPage;

/**
 * How long an import of 12,000 HubSpot contacts (120 pages of 100) takes against a loopback stub, where the only
 * brake is the connector's own bucket of 110 requests per 10 seconds: the first 110 pages go at once, the last 10
 * wait for refills (one every 91 ms). Run with
 * {@code ./mvnw -o test -Dtest=HubSpotImportBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class HubSpotImportBenchmark {

	private static final Logger log = LoggerFactory.getLogger(HubSpotImportBenchmark.class);

	private static final int PAGES = 120;

	private static final int PAGE_SIZE = 100;

	private final ProviderStub hubspot = new ProviderStub();

	private final HubSpotSettings settings = new HubSpotSettings("id", "secret", this.hubspot.baseUrl(), "http://localhost");

	private final HubSpotApi api = new HubSpotApi(this.hubspot.clients, this.settings);

	private final HubSpotConnector connector = new HubSpotConnector(this.settings, this.api, new HubSpotContactReader(this.api),
			new HubSpotContactWriter(this.api),
			new HubSpotFieldValues(new HubSpotOwners(this.api), new com.growthhub.integrations.internal.connectors.OwnerDirectories()),
			this.hubspot.clients);

	@AfterEach
	void stop() {
		this.hubspot.close();
	}

	@Test
	void importsTwelveThousandContacts() {
		for (int page = 0; page < PAGES; page++) {
			var stub = get(urlPathEqualTo("/crm/v3/objects/contacts"));
			stub = page == 0 ? stub.withQueryParam("after", absent()) : stub.withQueryParam("after", equalTo(Integer.toString(page * PAGE_SIZE)));
			this.hubspot.server.stubFor(stub.willReturn(okJson(page(page))));
		}
		for (int run = 1; run <= 3; run++) {
			ProviderCredentials token = ProviderStub.token("pat-benchmark-" + run);
			long started = System.nanoTime();
			int contacts = 0;
			String cursor = null;
			do {
				RecordPage page = this.connector.read(token, new ReadRequest(cursor, null, List.of("firstname", "lastname"), PAGE_SIZE));
				contacts += page.records().size();
				cursor = page.nextCursor();
			}
			while (cursor != null);
			long millis = (System.nanoTime() - started) / 1_000_000;
			log.info("HubSpot import run {}: {} contacts in {} pages, {} ms ({} contacts/s)", run, contacts, PAGES, millis,
					contacts * 1000L / Math.max(1, millis));
			assertThat(contacts).isEqualTo(PAGES * PAGE_SIZE);
			assertThat(millis).as("the last 10 pages wait for the bucket").isGreaterThanOrEqualTo(800);
		}
	}

	/** The same import with each contact's owner translated to an email: the owners are read once per run. */
	@Test
	void importsTwelveThousandContactsWithTheirOwners() {
		for (int page = 0; page < PAGES; page++) {
			var stub = get(urlPathEqualTo("/crm/v3/objects/contacts"));
			stub = page == 0 ? stub.withQueryParam("after", absent()) : stub.withQueryParam("after", equalTo(Integer.toString(page * PAGE_SIZE)));
			this.hubspot.server.stubFor(stub.willReturn(okJson(page(page).replace("\"hs_object_id\"", "\"hubspot_owner_id\":\"41\",\"hs_object_id\""))));
		}
		this.hubspot.server.stubFor(get(urlPathEqualTo("/crm/v3/owners")).willReturn(okJson("""
				{"results":[{"id":"41","email":"olive@example.com","type":"PERSON","firstName":"Olive","lastName":"Owner",
				 "userId":9,"createdAt":"2023-01-01T00:00:00Z","updatedAt":"2023-01-01T00:00:00Z","archived":false}]}
				""")));
		for (int run = 1; run <= 3; run++) {
			ProviderCredentials token = ProviderStub.token("pat-benchmark-owners-" + run);
			long started = System.nanoTime();
			int owned = 0;
			String cursor = null;
			do {
				RecordPage page = this.connector.read(token, new ReadRequest(cursor, null,
						List.of("firstname", "lastname", "hubspot_owner_id"), PAGE_SIZE));
				owned += (int) page.records().stream()
					.filter(record -> "olive@example.com".equals(record.fields().get("hubspot_owner_id"))).count();
				cursor = page.nextCursor();
			}
			while (cursor != null);
			long millis = (System.nanoTime() - started) / 1_000_000;
			log.info("HubSpot import with owners run {}: {} contacts in {} pages, {} ms ({} contacts/s)", run, owned, PAGES,
					millis, owned * 1000L / Math.max(1, millis));
			assertThat(owned).isEqualTo(PAGES * PAGE_SIZE);
		}
		this.hubspot.server.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/crm/v3/owners")));
	}

	private static String page(int page) {
		StringJoiner results = new StringJoiner(",");
		for (int i = 0; i < PAGE_SIZE; i++) {
			int id = page * PAGE_SIZE + i + 1;
			results.add("""
					{"id":"%d","properties":{"email":"person%d@example.com","firstname":"First%d","lastname":"Last%d",
					 "lastmodifieddate":"2024-02-01T09:00:00.000Z","hs_object_id":"%d"},
					 "createdAt":"2024-01-01T00:00:00.000Z","updatedAt":"2024-02-01T09:00:00.000Z","archived":false}
					""".formatted(id, id, id, id, id));
		}
		String next = page + 1 < PAGES ? ",\"paging\":{\"next\":{\"after\":\"" + (page + 1) * PAGE_SIZE + "\"}}" : "";
		return "{\"results\":[" + results + "]" + next + "}";
	}
}
