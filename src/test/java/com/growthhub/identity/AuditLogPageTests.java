package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;

/** Settings › Audit log reads like a sentence: people by name, records by name, fields by label, values readable. */
class AuditLogPageTests extends IdentityTestSupport {

	@Test
	void namesWhoAndWhatAndLabelsEachChangeWithReadableValues() throws Exception {
		String owner = uniqueEmail("audit-page");
		accounts().registerVerified(owner, "Sam", "Auditor");
		String token = accessToken(owner);
		api().post("/api/v1/custom-fields", Map.of("key", "birthday", "label", "Birthday", "type", "date"), token);
		String id = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Lovelace",
				"customFields", Map.of("birthday", "1990-01-01"))), token).text("id");
		api().exchange("PATCH", "/api/v1/contacts/" + id, Map.of("firstName", "Adelheid"), token, Map.of());

		BrowserSession pages = signedIn(owner);
		String page = pages.get("/settings/audit-log?entityType=contact").body();
		assertThat(page).contains("data-testid=\"audit-who\">Sam Auditor<", owner)
			.contains("data-testid=\"audit-summary\"", ">Updated contact Adelheid Lovelace<", ">Created contact Ada Lovelace<")
			.contains("<span class=\"field\">First name</span>", "<span class=\"field\">Birthday</span>", "1990-01-01")
			.contains("<span class=\"field\">Owner</span>")
			.as("no raw columns, ids or missing labels")
			.doesNotContain("first_name", "custom_fields", "interaction_count", "organization_id", "??");
		assertThat(page).containsPattern("<span class=\"field\">Owner</span>:\\s*<span class=\"after\"[^>]*>Sam Auditor</span>");

		String trail = api().get("/api/v1/audit-events?entityType=contact", token).body().path("items").toString();
		assertThat(trail).as("the raw trail too leaves out the generated search and sort columns")
			.contains("first_name").doesNotContain("sort_name", "sort_company", "phone_reversed", "search_text");

		String everything = pages.get("/settings/audit-log").body();
		assertThat(everything).contains(">Contact</option>", ">Deal</option>", ">Journey template</option>",
				">Import</option>", ">API token</option>");
	}
}
