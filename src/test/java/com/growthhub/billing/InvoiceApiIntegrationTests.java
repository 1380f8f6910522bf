package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The invoice API end to end on one organization with an owner, a manager and a member, and a stranger's organization
 * whose ids must look absent: drafts, totals, issuing with numbers, PDF, email, public page, credit notes, the ledger.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	InvoiceLedger ledger;

	String owner;
	String manager;
	String member;
	String stranger;
	OrganizationId organization;
	String ada;
	String adaEmail;
	String strangersContact;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("billing-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		manager = invitedMember(owner, "manager");
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("billing-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", owner).text("id")));
		adaEmail = uniqueEmail("ada");
		ada = BillingFixtures.contact(api(), owner, "Ada", adaEmail);
		strangersContact = BillingFixtures.contact(api(), stranger, "Eve", null);
	}

	private JsonNode draft(String token, String currency, List<Map<String, Object>> lines) {
		ApiClient.Response created = api().post("/api/v1/invoices", BillingFixtures.invoice(ada, currency, lines), token);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body();
	}

	private JsonNode issued(List<Map<String, Object>> lines) {
		String id = draft(member, "EUR", lines).path("id").asString();
		ApiClient.Response issued = api().post("/api/v1/invoices/" + id + "/issue", null, manager);
		assertThat(issued.status()).as(issued.body().toString()).isEqualTo(200);
		return issued.body();
	}

	@Test
	void aMemberWritesADraftAndAManagerIssuesItWithTheNextNumber() {
		JsonNode draft = draft(member, "eur", List.of(BillingFixtures.line("Workshop", "2", 45_000, "19"),
				BillingFixtures.line("Travel", "1", 12_050, "0")));
		assertThat(draft.path("status").asString()).isEqualTo("draft");
		assertThat(draft.path("currency").asString()).isEqualTo("EUR");
		assertThat(draft.has("number")).isFalse();
		// 2 × 450.00 = 900.00 + 19 % (171.00) = 1071.00; plus 120.50 untaxed
		assertThat(draft.path("subtotalCents").asLong()).isEqualTo(102_050);
		assertThat(draft.path("taxCents").asLong()).isEqualTo(17_100);
		assertThat(draft.path("totalCents").asLong()).isEqualTo(119_150);
		String path = "/api/v1/invoices/" + draft.path("id").asString();

		ApiClient.Response patched = api().exchange("PATCH", path,
				Map.of("lines", List.of(BillingFixtures.line("Workshop", "3", 45_000, "19")), "notes", "Thank you"), member, Map.of());
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.body().path("totalCents").asLong()).isEqualTo(160_650);
		assertThat(patched.body().path("lines")).hasSize(1);
		assertThat(patched.body().path("notes").asString()).isEqualTo("Thank you");

		assertThat(api().post(path + "/issue", null, member).status()).as("members do not issue").isEqualTo(403);
		ApiClient.Response issued = api().post(path + "/issue", null, manager);
		assertThat(issued.status()).isEqualTo(200);
		JsonNode invoice = issued.body();
		assertThat(invoice.path("status").asString()).isEqualTo("open");
		assertThat(invoice.path("number").asString()).matches("INV-" + Year.now().getValue() + "-\\d{4}");
		assertThat(invoice.path("amountDueCents").asLong()).isEqualTo(160_650);
		assertThat(LocalDate.parse(invoice.path("dueDate").asString()))
			.isEqualTo(LocalDate.parse(invoice.path("issueDate").asString()).plusDays(14));
		assertThat(invoice.path("publicUrl").asString()).contains("/i/");

		assertThat(api().exchange("PATCH", path, Map.of("notes", "changed"), owner, Map.of()).status()).isEqualTo(409);
		assertThat(api().post(path + "/issue", null, owner).status()).isEqualTo(409);
		assertThat(api().exchange("DELETE", path, null, owner, Map.of()).status()).isEqualTo(409);

		assertThat(mailbox().latestLink(adaEmail, "invoice-issued", "/i/")).isEqualTo(invoice.path("publicUrl").asString());
		assertThat(mailbox().latestBody(adaEmail, "invoice-issued")).hasValueSatisfying(
				body -> assertThat(body).contains(invoice.path("number").asString()));
		Integer attachments = transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select count(*) from email_attachments a join email_messages m on m.id = a.message_id
				where m.to_address = ? and m.template = 'invoice-issued' and a.content_type = 'application/pdf'
				""").param(adaEmail).query(Integer.class).single());
		assertThat(attachments).as("the issue email carries the PDF").isGreaterThanOrEqualTo(1);
	}

	@Test
	void issuedNumbersFollowEachOtherWithoutGaps() {
		String first = issued(List.of(BillingFixtures.line("A", "1", 100, "0"))).path("number").asString();
		String second = issued(List.of(BillingFixtures.line("B", "1", 100, "0"))).path("number").asString();
		assertThat(Integer.parseInt(second.substring(second.lastIndexOf('-') + 1)))
			.isEqualTo(Integer.parseInt(first.substring(first.lastIndexOf('-') + 1)) + 1);
	}

	@Test
	void thePdfAndThePublicPageShowNumberLinesAndTotal() throws Exception {
		JsonNode invoice = issued(List.of(BillingFixtures.line("Brand strategy workshop", "1", 123_456, "20"),
				BillingFixtures.line("Café ₹ rental", "2", 1_000, "0")));
		String number = invoice.path("number").asString();

		HttpResponse<byte[]> pdf = BillingFixtures.download(port, "/api/v1/invoices/" + invoice.path("id").asString() + "/pdf", owner);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = BillingFixtures.pdfText(pdf.body());
		// 1234.56 + 20 % (246.91, from 246.912) + 2 × 10.00 = 1501.47
		assertThat(text).contains(number).contains("Brand strategy workshop").contains("Café ₹ rental")
			.contains("1,501.47").contains("Ada Tester");

		String publicPath = invoice.path("publicUrl").asString().replaceFirst("^https?://[^/]+", "");
		HttpResponse<byte[]> page = BillingFixtures.download(port, publicPath, null);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(new String(page.body())).contains(number).contains("Brand strategy workshop").contains("1,501.47");
		HttpResponse<byte[]> publicPdf = BillingFixtures.download(port, publicPath + "/pdf", null);
		assertThat(publicPdf.statusCode()).isEqualTo(200);
		assertThat(BillingFixtures.pdfText(publicPdf.body())).contains(number);
		assertThat(BillingFixtures.download(port, "/i/" + "x".repeat(43), null).statusCode()).isEqualTo(404);
	}

	@Test
	void aDraftHasNoPublicPage() throws Exception {
		JsonNode draft = draft(owner, "EUR", List.of(BillingFixtures.line("A", "1", 100, "0")));
		String token = transactions.call(organization, new Actor.Job("test"), () -> jdbc
			.sql("select public_token from invoices where id = ?").param(UUID.fromString(draft.path("id").asString()))
			.query(String.class).single());
		assertThat(BillingFixtures.download(port, "/i/" + token, null).statusCode()).isEqualTo(404);
	}

	@Test
	void voidingAndWritingOffFollowTheStatusRules() {
		JsonNode open = issued(List.of(BillingFixtures.line("A", "1", 10_000, "0")));
		String path = "/api/v1/invoices/" + open.path("id").asString();
		assertThat(api().post(path + "/void", null, member).status()).isEqualTo(403);
		ApiClient.Response uncollectible = api().post(path + "/mark-uncollectible", null, manager);
		assertThat(uncollectible.body().path("status").asString()).isEqualTo("uncollectible");
		ApiClient.Response voided = api().post(path + "/void", null, manager);
		assertThat(voided.status()).isEqualTo(200);
		assertThat(voided.body().path("status").asString()).isEqualTo("void");
		assertThat(voided.body().path("number").asString()).as("void keeps its number").isEqualTo(open.path("number").asString());
		assertThat(voided.body().path("amountDueCents").asLong()).isZero();
		assertThat(api().post(path + "/void", null, manager).status()).isEqualTo(409);
		assertThat(api().post(path + "/mark-uncollectible", null, manager).status()).isEqualTo(409);

		JsonNode draft = draft(owner, "EUR", List.of());
		String draftPath = "/api/v1/invoices/" + draft.path("id").asString();
		assertThat(api().post(draftPath + "/void", null, owner).status()).isEqualTo(409);
		assertThat(api().post(draftPath + "/issue", null, owner).status()).as("no lines").isEqualTo(422);
		assertThat(api().exchange("DELETE", draftPath, null, member, Map.of()).status()).isEqualTo(204);
		assertThat(api().get(draftPath, owner).status()).isEqualTo(404);
	}

	@Test
	void theLedgerMovesPaymentsAndRefundsAndRefusesWhatDoesNotFit() {
		JsonNode open = issued(List.of(BillingFixtures.line("A", "1", 10_000, "0")));
		InvoiceId id = InvoiceId.of(UUID.fromString(open.path("id").asString()));
		InvoiceBalance partly = ledger.applyPayment(organization, id, 4_000);
		assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(partly.contactId()).hasToString(ada);
		assertThat(partly.currency()).isEqualTo("EUR");
		assertThat(api().post("/api/v1/invoices/" + id + "/void", null, owner).status()).as("has payments").isEqualTo(409);
		InvoiceBalance paid = ledger.applyPayment(organization, id, 6_000);
		assertThat(paid.becamePaid()).isTrue();
		assertThat(api().get("/api/v1/invoices/" + id, owner).body().path("status").asString()).isEqualTo("paid");
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvoicePaymentRefusedException.class,
				() -> ledger.applyPayment(organization, id, 1)).getStatusCode().value()).isEqualTo(409);
		InvoiceBalance refunded = ledger.applyRefund(organization, id, 2_500);
		assertThat(refunded.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
		assertThat(refunded.amountDueCents()).isEqualTo(2_500);
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvoicePaymentRefusedException.class,
				() -> ledger.applyPayment(organization, id, 2_501)).getStatusCode().value()).isEqualTo(422);

		String draftId = draft(owner, "EUR", List.of(BillingFixtures.line("A", "1", 100, "0"))).path("id").asString();
		assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(InvoicePaymentRefusedException.class,
				() -> ledger.applyPayment(organization, InvoiceId.of(UUID.fromString(draftId)), 100)).getStatusCode().value())
			.isEqualTo(409);
		OrganizationId strangers = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", stranger).text("id")));
		assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> ledger.applyPayment(strangers, id, 100)))
			.isInstanceOf(com.growthhub.platform.web.NotFoundException.class);
	}

	@Test
	void creditNotesLowerWhatIsDueAndAreNumberedOnTheirOwn() throws Exception {
		JsonNode open = issued(List.of(BillingFixtures.line("A", "1", 10_000, "0")));
		String invoiceId = open.path("id").asString();
		ApiClient.Response credited = api().post("/api/v1/credit-notes",
				Map.of("invoiceId", invoiceId, "amountCents", 3_000, "reason", "Late delivery"), manager);
		assertThat(credited.status()).as(credited.body().toString()).isEqualTo(201);
		assertThat(credited.text("number")).matches("CN-" + Year.now().getValue() + "-\\d{4}");
		JsonNode after = api().get("/api/v1/invoices/" + invoiceId, owner).body();
		assertThat(after.path("creditedCents").asLong()).isEqualTo(3_000);
		assertThat(after.path("amountDueCents").asLong()).isEqualTo(7_000);
		assertThat(after.path("status").asString()).isEqualTo("open");

		assertThat(api().post("/api/v1/credit-notes", Map.of("invoiceId", invoiceId, "amountCents", 7_001), manager).status())
			.isEqualTo(422);
		assertThat(api().post("/api/v1/credit-notes", Map.of("invoiceId", invoiceId, "amountCents", 100), member).status())
			.isEqualTo(403);
		assertThat(api().post("/api/v1/credit-notes", Map.of("invoiceId", invoiceId, "amountCents", 0), manager).status())
			.isEqualTo(400);
		ApiClient.Response rest = api().post("/api/v1/credit-notes", Map.of("invoiceId", invoiceId, "amountCents", 7_000), manager);
		assertThat(rest.status()).isEqualTo(201);
		assertThat(api().get("/api/v1/invoices/" + invoiceId, owner).body().path("status").asString())
			.as("nothing is owed any more").isEqualTo("paid");
		assertThat(api().get("/api/v1/credit-notes?invoiceId=" + invoiceId, member).body().path("items")).hasSize(2);
		assertThat(api().get("/api/v1/credit-notes/" + credited.text("id"), stranger).status()).isEqualTo(404);

		HttpResponse<byte[]> pdf = BillingFixtures.download(port, "/api/v1/credit-notes/" + credited.text("id") + "/pdf", member);
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(BillingFixtures.pdfText(pdf.body())).contains("Credit note", credited.text("number"),
				open.path("number").asString(), "Late delivery", "Amount credited");
		assertThat(BillingFixtures.download(port, "/api/v1/credit-notes/" + credited.text("id") + "/pdf", stranger)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void productsAreKeptByManagersAndReadByEveryone() {
		ApiClient.Response created = api().post("/api/v1/products",
				Map.of("name", "Setup fee", "unitPriceCents", 25_000, "taxRate", "19"), manager);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		assertThat(created.text("currency")).isEqualTo("USD");
		String path = "/api/v1/products/" + created.text("id");
		assertThat(api().post("/api/v1/products", Map.of("name", "Mine", "unitPriceCents", 1), member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/products", Map.of("name", " ", "unitPriceCents", 1), owner).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/products", Map.of("name", "X", "unitPriceCents", -1), owner).status()).isEqualTo(400);
		assertThat(api().exchange("PATCH", path, Map.of("archived", true), owner, Map.of()).body().path("archived").asBoolean())
			.isTrue();
		assertThat(api().get("/api/v1/products", member).body().path("items").toString()).doesNotContain(created.text("id"));
		assertThat(api().get("/api/v1/products?includeArchived=true", member).body().path("items").toString())
			.contains(created.text("id"));
		assertThat(api().get(path, stranger).status()).isEqualTo(404);

		ApiClient.Response withProduct = api().post("/api/v1/invoices", Map.of("contactId", ada, "lines",
				List.of(Map.of("description", "Setup", "quantity", 1, "unitPriceCents", 25_000, "productId", created.text("id")))),
				owner);
		assertThat(withProduct.status()).isEqualTo(201);
		assertThat(withProduct.body().path("lines").get(0).path("productId").asString()).isEqualTo(created.text("id"));
	}

	@Test
	void badInputIsA400NamingTheField() {
		assertThat(field(api().post("/api/v1/invoices", Map.of("currency", "EUR"), owner))).isEqualTo("contactId");
		assertThat(field(api().post("/api/v1/invoices", BillingFixtures.invoice(ada, "XYZ", List.of()), owner))).isEqualTo("currency");
		assertThat(field(api().post("/api/v1/invoices",
				BillingFixtures.invoice(ada, "EUR", List.of(BillingFixtures.line("A", "0", 100, "0"))), owner)))
			.isEqualTo("lines[0].quantity");
		assertThat(field(api().post("/api/v1/invoices",
				BillingFixtures.invoice(ada, "EUR", List.of(BillingFixtures.line("A", "1", 100, "101"))), owner)))
			.isEqualTo("lines[0].taxRate");
		assertThat(field(api().post("/api/v1/invoices", BillingFixtures.invoice(ada, "EUR",
				List.of(Map.of("description", "A", "quantity", 1, "unitPriceCents", 100, "discountCents", 101))), owner)))
			.isEqualTo("lines[0].discountCents");
		assertThat(field(api().post("/api/v1/invoices", BillingFixtures.invoice(strangersContact, "EUR", List.of()), owner)))
			.as("another organization's contact").isEqualTo("contactId");
		assertThat(api().post("/api/v1/invoices", "{not json", owner).status()).isEqualTo(400);
		assertThat(field(api().get("/api/v1/invoices?status=unpaid", owner))).isEqualTo("status");
		assertThat(field(api().get("/api/v1/invoices?from=yesterday", owner))).isEqualTo("from");
		assertThat(api().get("/api/v1/invoices?cursor=nonsense", owner).status()).isEqualTo(400);
		assertThat(field(api().exchange("PATCH", "/api/v1/organization", Map.of("invoiceNumberPattern", "INV-{seq}"), owner,
				Map.of()))).isEqualTo("invoiceNumberPattern");
	}

	@Test
	void anotherOrganizationsInvoiceIsAbsent() throws Exception {
		JsonNode open = issued(List.of(BillingFixtures.line("A", "1", 100, "0")));
		String path = "/api/v1/invoices/" + open.path("id").asString();
		assertThat(api().get(path, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", path, Map.of("notes", "x"), stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().post(path + "/void", null, stranger).status()).isEqualTo(404);
		assertThat(api().post(path + "/issue", null, stranger).status()).isEqualTo(404);
		assertThat(BillingFixtures.download(port, path + "/pdf", stranger).statusCode()).isEqualTo(404);
		assertThat(api().post("/api/v1/credit-notes", Map.of("invoiceId", open.path("id").asString(), "amountCents", 1), stranger)
			.status()).isEqualTo(400);
		assertThat(api().get("/api/v1/invoices", stranger).body().path("items").toString()).doesNotContain(open.path("id").asString());
	}

	@Test
	void theListFiltersByStatusAndContactAndTotalsPerStatus() {
		String grace = BillingFixtures.contact(api(), owner, "Grace", null);
		api().post("/api/v1/invoices", BillingFixtures.invoice(grace, "EUR", List.of(BillingFixtures.line("A", "1", 700, "0"))), owner);
		String open = api().post("/api/v1/invoices",
				BillingFixtures.invoice(grace, "EUR", List.of(BillingFixtures.line("B", "1", 300, "0"))), owner).text("id");
		api().post("/api/v1/invoices/" + open + "/issue", null, owner);

		JsonNode forGrace = api().get("/api/v1/invoices?contactId=" + grace, member).body();
		assertThat(forGrace.path("items")).hasSize(2);
		assertThat(forGrace.path("items").get(0).path("contactName").asString()).contains("Grace");
		JsonNode openOnes = api().get("/api/v1/invoices?status=open&contactId=" + grace, member).body();
		assertThat(openOnes.path("items")).extracting(node -> node.path("id").asString()).containsExactly(open);
		assertThat(openOnes.path("totals").toString()).contains("\"status\":\"draft\"").contains("\"status\":\"open\"");

		JsonNode firstPage = api().get("/api/v1/invoices?limit=1&contactId=" + grace, member).body();
		assertThat(firstPage.path("items")).hasSize(1);
		JsonNode secondPage = api().get("/api/v1/invoices?limit=1&contactId=" + grace + "&cursor="
				+ firstPage.path("nextCursor").asString(), member).body();
		assertThat(secondPage.path("items")).hasSize(1);
		assertThat(secondPage.path("items").get(0).path("id").asString())
			.isNotEqualTo(firstPage.path("items").get(0).path("id").asString());
		assertThat(secondPage.has("nextCursor")).isFalse();
	}

	@Test
	void theNumberPatternIsTheOrganizationsChoice() {
		String ownerEmail = uniqueEmail("billing-pattern");
		registerVerified(ownerEmail);
		String token = accessToken(ownerEmail);
		String contact = BillingFixtures.contact(api(), token, "Pat", null);
		ApiClient.Response changed = api().exchange("PATCH", "/api/v1/organization",
				Map.of("invoiceNumberPattern", "ACME/{yy}/{seq:3}", "businessName", "Acme Ltd"), token, Map.of());
		assertThat(changed.status()).as(changed.body().toString()).isEqualTo(200);
		assertThat(api().get("/api/v1/organization", token).text("invoiceNumberPattern")).isEqualTo("ACME/{yy}/{seq:3}");
		String id = api().post("/api/v1/invoices", BillingFixtures.invoice(contact, "USD",
				List.of(BillingFixtures.line("A", "1", 100, "0"))), token).text("id");
		assertThat(api().post("/api/v1/invoices/" + id + "/issue", null, token).text("number"))
			.isEqualTo("ACME/" + String.format("%02d", Year.now().getValue() % 100) + "/001");
	}

	private static String field(ApiClient.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
		return response.body().path("errors").get(0).path("field").asString();
	}
}
