package com.growthhub.dataio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.csv.SpreadsheetSafeCsv;

/** Contacts export: the list's filters, an interaction summary, neutralized formulas, privacy mode. */
class ExportIntegrationTests extends IdentityTestSupport {

	private CsvDownload.Answer download(String path, String token) {
		return CsvDownload.get(port, path, token);
	}

	@Test
	void csvUrlsAnswerCsvWhateverTheAcceptHeaderSays() {
		String email = uniqueEmail("accept");
		registerVerified(email);
		String token = accessToken(email);
		for (String path : List.of("/api/v1/imports/template.csv", "/api/v1/exports/contacts.csv")) {
			for (String accept : List.of("application/json", "text/csv", "*/*")) {
				var answer = api().exchange("GET", path, null, token, Map.of("Accept", accept));
				assertThat(answer.status()).as(path + " " + accept).isEqualTo(200);
				assertThat(answer.headers().getContentType().toString()).as(path + " " + accept).startsWith("text/csv");
			}
		}
		for (String path : List.of("/api/v1/imports/" + java.util.UUID.randomUUID() + "/errors.csv",
				"/api/v1/exports/unicorns.csv")) {
			for (String accept : List.of("application/json", "text/csv")) {
				var answer = api().exchange("GET", path, null, token, Map.of("Accept", accept));
				assertThat(answer.status()).as(path + " " + accept).isEqualTo(404);
				assertThat(answer.headers().getContentType()).as(path + " " + accept).hasToString("application/problem+json");
			}
		}
	}

	@Test
	void exportsTheFilteredContactsWithTheirInteractions() {
		String email = uniqueEmail("exporter");
		registerVerified(email);
		String token = accessToken(email);
		String ada = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com",
				"company", "=HYPERLINK(\"http://evil\")", "type", "lead")), token).text("id");
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Alan", "type", "contact")), token);
		api().post("/api/v1/contacts/" + ada + "/interactions", Map.of("type", "call", "text", "Intro"), token);
		api().post("/api/v1/contacts/" + ada + "/interactions", Map.of("type", "email", "text", "Follow-up"), token);

		CsvDownload.Answer all = download("/api/v1/exports/contacts.csv", token);
		assertThat(all.status()).isEqualTo(200);
		List<String> lines = all.body().lines().toList();
		assertThat(lines.getFirst()).startsWith("\uFEFFid,type,status,firstName,lastName,email");
		assertThat(lines).hasSize(3);

		CsvDownload.Answer leads = download("/api/v1/exports/contacts.csv?type=lead", token);
		assertThat(leads.body().lines().toList()).hasSize(2);
		String row = leads.body().lines().toList().get(1);
		assertThat(row).contains("Ada,Lovelace,ada@example.com").contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
			.contains(",2,").contains("call email");

		assertThat(download("/api/v1/exports/contacts.csv?type=wizard", token).status()).isEqualTo(400);
		assertThat(download("/api/v1/exports/contacts.csv?listId=nope", token).status()).isEqualTo(400);
		assertThat(download("/api/v1/exports/unicorns.csv", token).status()).isEqualTo(404);

		var patched = api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);
		String privateHeader = download("/api/v1/exports/contacts.csv", token).body().lines().findFirst().orElseThrow();
		assertThat(privateHeader).doesNotContain("lastName").doesNotContain("notes");
	}

	@Test
	void exportsTheCampaignIdBesideItsNameAndFiltersByIt() {
		String email = uniqueEmail("campaign-export");
		registerVerified(email);
		String token = accessToken(email);
		String spring = api().post("/api/v1/campaigns", Map.of("name", "Spring Promo"), token).text("id");
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Cam", "campaignId", spring)), token);
		api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Noa")), token);

		List<String> lines = download("/api/v1/exports/contacts.csv?campaignId=" + spring, token).body().lines().toList();
		assertThat(lines).hasSize(2);
		List<String> header = List.of(lines.getFirst().replace("\uFEFF", "").split(","));
		List<String> row = List.of(lines.get(1).split(",", -1));
		int campaign = header.indexOf("campaign");
		assertThat(header.get(campaign + 1)).isEqualTo("campaignId");
		assertThat(row.get(campaign)).isEqualTo("Spring Promo");
		assertThat(row.get(campaign + 1)).isEqualTo(spring);
		List<String> all = download("/api/v1/exports/contacts.csv", token).body().lines().toList();
		assertThat(all).hasSize(3);
		assertThat(all.stream().filter(line -> line.contains("Noa")).findFirst().orElseThrow().split(",", -1)[campaign + 1])
			.as("no campaign, an empty cell").isEmpty();
	}

	@Test
	void neutralizesEveryFormulaStart() {
		for (String cell : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(SpreadsheetSafeCsv.neutralize(cell)).startsWith("'");
		}
		assertThat(SpreadsheetSafeCsv.neutralize("Ada")).isEqualTo("Ada");
		assertThat(SpreadsheetSafeCsv.neutralize(null)).isEmpty();
	}
}
