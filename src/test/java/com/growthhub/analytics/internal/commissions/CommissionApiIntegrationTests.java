package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.billing.InvoiceId;
import com.growthhub.billing.InvoicePaid;
import com.growthhub.billing.PaymentId;
import com.growthhub.billing.PaymentRefunded;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Providers, rules and commissions through the API on one organization (owner, manager, member) and a stranger's:
 * a paid invoice earns once even when its event comes twice, credit notes and refunds reverse their share once,
 * a closed month is frozen, other organizations' ids are 404, invalid rules 400 with each field named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	CommissionListeners listeners;

	String owner;
	String manager;
	String member;
	String stranger;
	OrganizationId organization;
	String contact;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("commissions-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		manager = invitedMember(owner, "manager");
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("commissions-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", owner).text("id")));
		ApiClient.Response created = api().post("/api/v1/contacts",
				ContactMother.complete(new HashMap<>(Map.of("firstName", "Ada", "lastName", "Patient"))), owner);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		contact = created.text("id");
	}

	private String provider(String token, String name, String role) {
		ApiClient.Response created = api().post("/api/v1/providers", Map.of("name", name, "role", role), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	private String rule(String provider, Map<String, Object> rule) {
		ApiClient.Response created = api().post("/api/v1/commission-rules",
				Map.of("providerId", provider, "rule", rule, "validFrom", "2020-01-01"), manager);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.text("id");
	}

	/** An issued invoice: 8000.00 of RHINO by the provider and 1000.00 of nobody's (9000.00, no tax). */
	private JsonNode issuedInvoice(String provider) {
		ApiClient.Response draft = api().post("/api/v1/invoices", Map.of("contactId", contact, "currency", "EUR",
				"lines", List.of(Map.of("description", "Rhinoplasty", "quantity", "1", "unitPriceCents", 800_000,
						"providerId", provider, "procedureCode", "RHINO"),
						Map.of("description", "Aftercare kit", "quantity", "1", "unitPriceCents", 100_000))),
				member);
		assertThat(draft.status()).as(draft.body().toString()).isEqualTo(201);
		assertThat(draft.body().path("lines").get(0).path("providerId").asString()).isEqualTo(provider);
		assertThat(draft.body().path("lines").get(0).path("procedureCode").asString()).isEqualTo("RHINO");
		ApiClient.Response issued = api().post("/api/v1/invoices/" + draft.text("id") + "/issue", null, manager);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
		return issued.body();
	}

	private String pay(String invoice, long cents) {
		ApiClient.Response paid = api().post("/api/v1/invoices/" + invoice + "/payments",
				Map.of("method", "cash", "amountCents", cents), manager);
		assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);
		return paid.text("id");
	}

	private JsonNode commissions(String provider) {
		ApiClient.Response report = api().get("/api/v1/commissions?providerId=" + provider + "&from="
				+ YearMonth.now(ZoneOffset.UTC) + "&to=" + YearMonth.now(ZoneOffset.UTC).plusMonths(1), manager);
		assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
		return report.body();
	}

	private List<Long> amounts(String provider) {
		return commissions(provider).path("items").valueStream().map(item -> item.path("amountCents").asLong()).toList();
	}

	@Test
	void aPaidInvoiceEarnsOnceAndCreditsAndRefundsReverseTheirShareOnce() {
		String surgeon = provider(owner, "Dr. Grey " + UUID.randomUUID(), "surgeon");
		String percent = rule(surgeon, Map.of("type", "percent", "percentBp", 1000));
		rule(surgeon, Map.of("type", "flat_per_procedure", "procedureCode", "RHINO", "amountCents", 5_000,
				"currency", "EUR"));
		JsonNode invoice = issuedInvoice(surgeon);
		String invoiceId = invoice.path("id").asString();
		String payment = pay(invoiceId, 900_000);

		// 10 % of the 8000.00 paid for the surgeon's line, and 50.00 for the rhinoplasty
		Awaitility.await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(amounts(surgeon)).containsExactlyInAnyOrder(80_000L, 5_000L));
		JsonNode line = commissions(surgeon).path("items").valueStream()
			.filter(item -> item.path("ruleType").asString().equals("percent")).findFirst().orElseThrow();
		assertThat(line.path("invoiceId").asString()).isEqualTo(invoiceId);
		assertThat(line.path("invoiceNumber").asString()).isEqualTo(invoice.path("number").asString());
		assertThat(line.path("ruleId").asString()).isEqualTo(percent);
		assertThat(line.path("baseCents").asLong()).isEqualTo(800_000);

		// the same fact delivered twice more changes nothing
		InvoicePaid again = new InvoicePaid(organization, InvoiceId.of(UUID.fromString(invoiceId)),
				ContactId.of(UUID.fromString(contact)), 900_000, "EUR", PaymentId.of(UUID.fromString(payment)),
				Instant.now(), 0);
		listeners.on(again);
		listeners.on(again);
		assertThat(amounts(surgeon)).hasSize(2);

		// a credit note of 900.00 (10 %) after payment reverses 10 % of each line
		ApiClient.Response credit = api().post("/api/v1/credit-notes",
				Map.of("invoiceId", invoiceId, "amountCents", 90_000), manager);
		assertThat(credit.status()).as(credit.body().toString()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(
				() -> assertThat(amounts(surgeon)).containsExactlyInAnyOrder(80_000L, 5_000L, -8_000L, -500L));

		// refunding that credit is the same money: nothing more; refunding beyond it reverses the rest of its share
		listeners.on(refund(payment, invoiceId, 90_000, 90_000));
		assertThat(amounts(surgeon)).hasSize(4);
		listeners.on(refund(payment, invoiceId, 360_000, 450_000));
		listeners.on(refund(payment, invoiceId, 360_000, 450_000));
		// half refunded in all: −40.00 % … −4000.00 and −25.00 in total
		assertThat(commissions(surgeon).path("totals").get(0).path("totalCents").asLong()).isEqualTo(42_500);
		assertThat(commissions(surgeon).path("totals").get(0).path("reversedCents").asLong()).isEqualTo(-42_500);
	}

	private PaymentRefunded refund(String payment, String invoice, long amount, long total) {
		return new PaymentRefunded(organization, PaymentId.of(UUID.fromString(payment)),
				InvoiceId.of(UUID.fromString(invoice)), amount, total, "EUR", Instant.now());
	}

	@Test
	void aClosedMonthIsFrozenAndLateReversalsGoToTheNextOpenMonth() {
		String nurse = provider(manager, "Nurse Joy " + UUID.randomUUID(), "nurse");
		rule(nurse, Map.of("type", "flat_per_invoice", "amountCents", 10_000, "currency", "EUR"));
		String invoiceId = issuedInvoice(nurse).path("id").asString();
		pay(invoiceId, 900_000);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(amounts(nurse)).hasSize(1));

		YearMonth month = YearMonth.now(ZoneOffset.UTC);
		String close = "/api/v1/commissions/periods/" + month + "/close";
		assertThat(api().post(close, null, member).status()).isEqualTo(403);
		ApiClient.Response closed = api().post(close, null, manager);
		assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);
		assertThat(closed.body().path("month").asString()).isEqualTo(month.toString());
		assertThat(api().post(close, null, owner).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/commissions/periods/2026-13/close", null, owner).status()).isEqualTo(400);

		assertThat(api().post("/api/v1/credit-notes", Map.of("invoiceId", invoiceId, "amountCents", 450_000), manager)
			.status()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(amounts(nurse)).hasSize(2));
		JsonNode items = commissions(nurse).path("items");
		assertThat(items.get(0).path("periodMonth").asString()).isEqualTo(month.toString());
		assertThat(items.get(0).path("amountCents").asLong()).isEqualTo(10_000);
		assertThat(items.get(1).path("periodMonth").asString()).isEqualTo(month.plusMonths(1).toString());
		assertThat(items.get(1).path("amountCents").asLong()).isEqualTo(-5_000);
		assertThat(items.get(1).path("reversalOf").asString()).isEqualTo(items.get(0).path("id").asString());
		assertThat(commissions(nurse).path("closedPeriods").get(0).path("month").asString()).isEqualTo(month.toString());
	}

	@Test
	void invalidProvidersAndRulesAnswer400NamingEachField() {
		ApiClient.Response blank = api().post("/api/v1/providers", Map.of("name", " ", "role", "surgeon"), owner);
		assertThat(blank.status()).isEqualTo(400);
		assertThat(fields(blank)).containsExactly("name");
		assertThat(api().post("/api/v1/providers", Map.of("name", "X", "role", "wizard"), owner).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/providers", Map.of("name", "X", "role", "nurse"), member).status()).isEqualTo(403);

		String rep = provider(owner, "Rep " + UUID.randomUUID(), "rep");
		ApiClient.Response tiers = api().post("/api/v1/commission-rules", Map.of("providerId", rep, "validFrom",
				"2026-05-01", "validTo", "2026-04-01", "rule", Map.of("type", "tiers", "currency", "eur", "tiers",
						List.of(Map.of("fromCents", 100, "percentBp", 20_000)))), manager);
		assertThat(tiers.status()).as(tiers.body().toString()).isEqualTo(400);
		assertThat(fields(tiers)).containsExactlyInAnyOrder("rule.currency", "rule.tiers[0].fromCents",
				"rule.tiers[0].percentBp", "validTo");
		assertThat(api().post("/api/v1/commission-rules",
				Map.of("providerId", rep, "validFrom", "2026-01-01", "rule", Map.of("type", "bonus")), manager).status())
			.isEqualTo(400);
		ApiClient.Response noRule = api().post("/api/v1/commission-rules", Map.of("providerId", rep), manager);
		assertThat(fields(noRule)).containsExactlyInAnyOrder("rule", "validFrom");
		assertThat(api().get("/api/v1/commissions?from=2026-99", manager).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/commissions?from=2026-05&to=2026-04", manager).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/commissions", member).status()).isEqualTo(403);

		ApiClient.Response code = api().post("/api/v1/procedure-codes", Map.of("code", "prp", "label", "Platelet-rich plasma"),
				manager);
		assertThat(code.status()).as(code.body().toString()).isEqualTo(201);
		assertThat(api().post("/api/v1/procedure-codes", Map.of("code", "PRP"), manager).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/procedure-codes", Map.of("code", "BTX"), manager).status()).isEqualTo(409);
		assertThat(fields(api().post("/api/v1/procedure-codes", Map.of("code", "9x"), manager))).containsExactly("code");
		assertThat(api().get("/api/v1/procedure-codes", member).body().path("items").valueStream()
			.map(item -> item.path("code").asString()).toList()).contains("BTX", "FACE", "PRP");
		ApiClient.Response withOwnCode = api().post("/api/v1/invoices", Map.of("contactId", contact, "lines",
				List.of(Map.of("description", "PRP", "quantity", "1", "unitPriceCents", 1, "procedureCode", "PRP"))), member);
		assertThat(withOwnCode.status()).as(withOwnCode.body().toString()).isEqualTo(201);

		ApiClient.Response invoice = api().post("/api/v1/invoices", Map.of("contactId", contact, "lines",
				List.of(Map.of("description", "X", "quantity", "1", "unitPriceCents", 1, "procedureCode", "NOPE"))), member);
		assertThat(invoice.status()).isEqualTo(400);
	}

	@Test
	void anotherOrganizationsIdsAreAbsent() {
		String mine = provider(owner, "Dr. Mine " + UUID.randomUUID(), "injector");
		String ruleId = rule(mine, Map.of("type", "percent", "percentBp", 500));
		String theirs = provider(stranger, "Dr. Theirs", "surgeon");

		assertThat(api().get("/api/v1/providers/" + mine, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", "/api/v1/providers/" + mine, Map.of("name", "Taken"), stranger, Map.of())
			.status()).isEqualTo(404);
		assertThat(api().get("/api/v1/commission-rules/" + ruleId, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", "/api/v1/commission-rules/" + ruleId, null, stranger, Map.of()).status())
			.isEqualTo(404);
		assertThat(api().get("/api/v1/commissions?providerId=" + mine, stranger).status()).isEqualTo(404);
		ApiClient.Response foreignRule = api().post("/api/v1/commission-rules", Map.of("providerId", theirs, "validFrom",
				"2026-01-01", "rule", Map.of("type", "percent", "percentBp", 500)), manager);
		assertThat(fields(foreignRule)).containsExactly("providerId");
		ApiClient.Response foreignLine = api().post("/api/v1/invoices", Map.of("contactId", contact, "lines",
				List.of(Map.of("description", "X", "quantity", "1", "unitPriceCents", 1, "providerId", theirs))), member);
		assertThat(foreignLine.status()).isEqualTo(400);
		assertThat(fields(foreignLine)).containsExactly("lines[0].providerId");

		ApiClient.Response page = api().get("/api/v1/providers?limit=1", owner);
		assertThat(page.body().path("items")).hasSize(1);
		assertThat(page.body().path("nextCursor").asString()).isNotBlank();
		assertThat(api().get("/api/v1/providers/" + mine, member).body().path("role").asString()).isEqualTo("injector");
	}

	@Test
	void theReportComesAsCsvAndAsTheProvidersStatementPdf() throws Exception {
		String surgeon = provider(owner, "Dr. Statement " + UUID.randomUUID(), "surgeon");
		rule(surgeon, Map.of("type", "percent", "percentBp", 1500));
		String invoiceId = issuedInvoice(surgeon).path("id").asString();
		pay(invoiceId, 900_000);
		Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(amounts(surgeon)).hasSize(1));
		// another test may have closed this month: then the line is in the next one
		String month = YearMonth.now(ZoneOffset.UTC) + "&to=" + YearMonth.now(ZoneOffset.UTC).plusMonths(1);

		HttpResponse<byte[]> csv = download("/api/v1/commissions.csv?providerId=" + surgeon + "&from=" + month, manager);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains("amount_cents").contains(invoiceId).contains("120000");

		HttpResponse<byte[]> pdf = download("/api/v1/commissions/statement.pdf?providerId=" + surgeon + "&from=" + month,
				manager);
		assertThat(pdf.statusCode()).isEqualTo(200);
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Dr. Statement").contains("1,200.00");
		}
		assertThat(download("/api/v1/commissions/statement.pdf", manager).statusCode()).isEqualTo(400);

		// the fixture other parts' tests use books 10 % of a USD invoice
		String fixture = CommissionFixtures.paidCommission(api(), owner, 125_000);
		assertThat(api().get("/api/v1/commissions?providerId=" + fixture + "&from=" + month, owner).body().path("totals")
			.get(0).path("totalCents").asLong()).isEqualTo(12_500);
	}

	private static List<String> fields(ApiClient.Response response) {
		return response.body().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
	}

	private HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token).GET().build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
	}
}
