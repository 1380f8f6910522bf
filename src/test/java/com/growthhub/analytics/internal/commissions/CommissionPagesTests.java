package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The provider and commission pages without JavaScript: a manager adds a provider and its rules (an invalid rule shows
 * each field's message), an invoice line names the provider, and the commission page traces the earned line to its
 * invoice, closes the month and offers CSV and PDF; a member sees providers but not commissions.
 */
class CommissionPagesTests extends IdentityTestSupport {

	@Test
	void aManagerSetsUpAProviderAndSeesTheCommissionOfAPaidInvoice() throws Exception {
		String ownerEmail = uniqueEmail("commission-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("commission-pages-member");
		invitedMember(owner, memberEmail, "member");
		BrowserSession manager = signedIn(ownerEmail);

		String list = manager.get("/analytics/providers").body();
		assertThat(list).contains("No providers yet");
		HttpResponse<String> created = manager.post("/analytics/providers",
				Map.of("name", "Dr. Meredith Grey", "role", "surgeon", "_csrf", BrowserSession.csrf(list)));
		assertThat(created.statusCode()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		String providerId = location.substring(location.lastIndexOf('/') + 1);
		String page = manager.get("/analytics/providers/" + providerId).body();
		assertThat(page).contains("Dr. Meredith Grey", "Provider added.", "No rules yet");

		manager.post("/analytics/providers/" + providerId + "/rules", Map.of("type", "tiers", "currency", "EUR", "tiers",
				"500: 10\n500: 150", "_csrf", BrowserSession.csrf(page)));
		page = manager.get("/analytics/providers/" + providerId).body();
		assertThat(page).contains("Please correct these fields", "rule.tiers[0].fromCents", "rule.tiers[1].percentBp");
		manager.post("/analytics/providers/" + providerId + "/rules", Map.of("type", "percent", "percent", "12.5",
				"validFrom", "2020-01-01", "_csrf", BrowserSession.csrf(page)));
		page = manager.get("/analytics/providers/" + providerId).body();
		assertThat(page).contains("Rule added.", "Percent of paid amount", "12.50 %");

		Map<String, Object> contact = ContactMother.complete(new HashMap<>(Map.of("firstName", "Cristina", "lastName", "Yang")));
		String contactId = api().post("/api/v1/contacts", contact, owner).text("id");
		String editor = manager.get("/billing/invoices/new").body();
		assertThat(editor).contains("line-provider", "Dr. Meredith Grey", "line-procedure", "RHINO");
		Map<String, String> form = new HashMap<>(Map.of("contactId", contactId, "currency", "EUR",
				"lines[0].description", "Facelift", "lines[0].quantity", "1", "lines[0].unitPrice", "4000",
				"lines[0].taxRate", "0", "lines[0].providerId", providerId, "lines[0].procedureCode", "FACE"));
		form.put("_csrf", BrowserSession.csrf(editor));
		HttpResponse<String> saved = manager.post("/billing/invoices", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String invoiceLocation = saved.headers().firstValue("Location").orElseThrow();
		String invoiceId = invoiceLocation.substring(invoiceLocation.lastIndexOf('/') + 1);
		ApiClient.Response draft = api().get("/api/v1/invoices/" + invoiceId, owner);
		assertThat(draft.body().path("lines").get(0).path("providerId").asString()).isEqualTo(providerId);
		assertThat(draft.body().path("lines").get(0).path("procedureCode").asString()).isEqualTo("FACE");
		api().post("/api/v1/invoices/" + invoiceId + "/issue", null, owner);
		assertThat(api().post("/api/v1/invoices/" + invoiceId + "/payments", Map.of("method", "cash", "amountCents", 400_000),
				owner).status()).isEqualTo(201);

		String report = "/analytics/commissions?providerId=" + providerId;
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(manager.get(report).body()).contains("/billing/invoices/" + invoiceId));
		String commissions = manager.get(report).body();
		assertThat(commissions).contains("Percent of paid amount", "€500.00", "€4,000.00", "statement.pdf", "Close ");
		String month = commissions.replaceAll("(?s).*name=\"from\" type=\"month\" value=\"([0-9-]+)\".*", "$1");
		HttpResponse<String> closed = manager.post("/analytics/commissions/periods/" + month + "/close",
				Map.of("back", "?providerId=" + providerId, "_csrf", BrowserSession.csrf(commissions)));
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(manager.get(report).body()).contains("Period closed", month + " closed");
		assertThat(manager.get("/analytics/commissions.csv?providerId=" + providerId).body()).contains("amount_cents", "50000");
		assertThat(manager.get("/analytics/commissions/statement.pdf?providerId=" + providerId).statusCode()).isEqualTo(200);
		assertThat(manager.get("/analytics/providers/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

		BrowserSession member = signedIn(memberEmail);
		assertThat(member.get("/analytics/providers").body()).contains("Dr. Meredith Grey").doesNotContain("provider-form");
		assertThat(member.get(report).statusCode()).isEqualTo(403);
	}
}
