package com.growthhub.billing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.billing.StripeEvents.OrganizationIdAndInvoice;
import com.growthhub.BrowserSession;
import com.growthhub.billing.internal.payments.reminders.PaymentReminders;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactMother;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * Card payments through a WireMock Stripe shaped like its documented Checkout Sessions API ({@code POST
 * /v1/checkout/sessions}, form-encoded, answering the session with {@code id} and {@code url}) and webhook events
 * signed like Stripe's: valid, stale, wrongly signed, unsigned, duplicated and out of order. Manual payments through
 * the API in the same context (one Spring context for both).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StripePaymentIntegrationTests extends IdentityTestSupport {

	private static final String SECRET_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc";

	private static final String WEBHOOK_SECRET = "whsec_test_growthhub_payments_signing";

	private static final WireMockServer STRIPE = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		STRIPE.start();
	}

	@DynamicPropertySource
	static void stripe(DynamicPropertyRegistry registry) {
		registry.add("growthhub.stripe.secret-key", () -> SECRET_KEY);
		registry.add("growthhub.stripe.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("growthhub.stripe.api-base", STRIPE::baseUrl);
	}

	@Autowired
	PipelineFunnel funnel;

	@Autowired
	PaymentReminders reminders;

	String token;

	OrganizationId organization;

	@BeforeAll
	void stubs() {
		STRIPE.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson("""
				{"id":"cs_test_a1b2c3","object":"checkout.session","mode":"payment","status":"open",
				 "payment_status":"unpaid","url":"https://checkout.stripe.com/c/pay/cs_test_a1b2c3"}""")));
	}

	@AfterAll
	void stop() {
		STRIPE.stop();
	}

	String ownerEmail;

	@BeforeEach
	void organization() {
		String owner = uniqueEmail("payments");
		ownerEmail = owner;
		registerVerified(owner);
		token = accessToken(owner);
		organization = OrganizationId.of(UUID.fromString(api().get("/api/v1/organization", token).text("id")));
	}

	@Test
	void publicPayButtonOpensCheckoutForTheAmountDue() {
		Invoice invoice = openInvoice(12_345, "EUR");

		ApiClient.Response opened = api().post("/i/" + invoice.token() + "/checkout", null, null);

		assertThat(opened.status()).as(opened.body().toString()).isEqualTo(200);
		assertThat(opened.text("url")).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1b2c3");
		STRIPE.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Authorization", containing(SECRET_KEY))
			.withRequestBody(containing("mode=payment"))
			.withRequestBody(containing("line_items[0][price_data][unit_amount]=12345"))
			.withRequestBody(containing("line_items[0][price_data][currency]=eur"))
			.withRequestBody(containing("line_items[0][quantity]=1"))
			.withRequestBody(containing("metadata[growthhub_invoice_id]=" + invoice.id()))
			.withRequestBody(containing("payment_intent_data[metadata][growthhub_organization_id]=" + organization.value())));
		assertThat(api().post("/i/" + "x".repeat(30) + "/checkout", null, null).status()).isEqualTo(404);
	}

	@Test
	void signedCheckoutCompletedPaysTheInvoiceOnceWhateverStripeRepeats() {
		Invoice invoice = openInvoice(5_000, "USD");
		String event = StripeEvents.eventId();
		String payload = StripeEvents.checkoutCompleted(event, ids(invoice), "cs_test_" + UUID.randomUUID(), "pi_" + UUID.randomUUID(),
				5_000, "usd");

		assertThat(deliver(payload).status()).isEqualTo(200);
		assertThat(deliver(payload).status()).as("the same event again").isEqualTo(200);

		JsonNode payments = api().get("/api/v1/payments?invoiceId=" + invoice.id(), token).body();
		assertThat(payments.path("items")).hasSize(1);
		assertThat(payments.path("items").get(0).path("method").asString()).isEqualTo("card");
		assertThat(payments.path("items").get(0).path("amountCents").asLong()).isEqualTo(5_000);
		assertThat(invoiceStatus(invoice)).isEqualTo("paid");
		assertThat(amountDue(invoice)).isZero();
	}

	@Test
	void staleWrongAndMissingSignaturesAreRefused() {
		Invoice invoice = openInvoice(5_000, "USD");
		String payload = StripeEvents.checkoutCompleted(StripeEvents.eventId(), ids(invoice), "cs_test_" + UUID.randomUUID(),
				"pi_" + UUID.randomUUID(), 5_000, "usd");
		long now = Instant.now().getEpochSecond();

		ApiClient.Response stale = deliver(payload, StripeEvents.signature(payload, WEBHOOK_SECRET, now - 301));
		ApiClient.Response wrong = deliver(payload, StripeEvents.signature(payload, "whsec_someone_else", now));
		ApiClient.Response tampered = deliver(payload.replace("5000", "1"), StripeEvents.signature(payload, WEBHOOK_SECRET, now));
		ApiClient.Response unsigned = api().exchange("POST", "/webhooks/stripe", payload, null, Map.of());

		for (ApiClient.Response refused : new ApiClient.Response[] { stale, wrong, tampered, unsigned }) {
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.headers().getContentType().toString()).startsWith("application/problem+json");
		}
		assertThat(stale.text("detail")).contains("tolerance");
		assertThat(invoiceStatus(invoice)).isEqualTo("open");
		assertThat(api().get("/api/v1/payments?invoiceId=" + invoice.id(), token).body().path("items")).isEmpty();
	}

	@Test
	void aRefundThatArrivesBeforeItsPaymentIsAppliedWhenThePaymentArrives() throws Exception {
		Invoice invoice = openInvoice(8_000, "USD");
		String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
		String session = "cs_test_" + UUID.randomUUID();
		String fullRefund = StripeEvents.chargeRefunded(StripeEvents.eventId(), ids(invoice), intent, 8_000, 3_000, "usd");
		String partialRefund = StripeEvents.chargeRefunded(StripeEvents.eventId(), ids(invoice), intent, 8_000, 1_000, "usd");

		assertThat(deliver(fullRefund).status()).isEqualTo(200);
		assertThat(deliver(StripeEvents.checkoutCompleted(StripeEvents.eventId(), ids(invoice), session, intent, 8_000, "usd"))
			.status()).isEqualTo(200);
		assertThat(deliver(partialRefund).status()).as("an older, smaller total arriving late").isEqualTo(200);

		JsonNode payment = api().get("/api/v1/payments?invoiceId=" + invoice.id(), token).body().path("items").get(0);
		assertThat(payment.path("refundedCents").asLong()).isEqualTo(3_000);
		assertThat(invoiceStatus(invoice)).isEqualTo("partially_paid");
		assertThat(amountDue(invoice)).isEqualTo(3_000);
		assertThat(signedIn(ownerEmail).get("/billing/invoices/" + invoice.id()).body())
			.as("the staff's invoice page shows the payment and its refund")
			.contains("data-testid=\"invoice-payment\"", "$80.00", "($30.00 refunded)");
	}

	@Test
	void aRefundWithoutMetadataBeforeItsPaymentIsRefusedUntilThePaymentIsKnown() {
		Invoice invoice = openInvoice(4_000, "USD");
		String intent = "pi_" + UUID.randomUUID().toString().replace("-", "");
		String refund = StripeEvents.chargeRefundedWithoutMetadata(StripeEvents.eventId(), intent, 4_000, 4_000);

		ApiClient.Response early = deliver(refund);
		assertThat(early.status()).as("Stripe delivers it again later").isEqualTo(409);
		deliver(StripeEvents.checkoutCompleted(StripeEvents.eventId(), ids(invoice), "cs_test_" + UUID.randomUUID(), intent, 4_000, "usd"));
		assertThat(invoiceStatus(invoice)).isEqualTo("paid");

		assertThat(deliver(refund).status()).isEqualTo(200);
		assertThat(invoiceStatus(invoice)).isEqualTo("open");
		assertThat(amountDue(invoice)).isEqualTo(4_000);
	}

	@Test
	void staffRecordPartialPaymentsByHandAndCannotOverpay() {
		String hook = "/receiver-" + UUID.randomUUID();
		STRIPE.stubFor(post(urlEqualTo(hook)).willReturn(aResponse().withStatus(204)));
		ApiClient.Response subscribed = api().post("/api/v1/webhooks", Map.of("url", STRIPE.baseUrl() + hook,
				"events", List.of("payment_succeeded", "invoice_paid")), token);
		assertThat(subscribed.status()).as(subscribed.body().toString()).isEqualTo(201);
		Invoice invoice = openInvoice(10_000, "USD");

		ApiClient.Response cash = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "cash", "amountCents", 4_000, "reference", "till 2"), token);
		assertThat(cash.status()).as(cash.body().toString()).isEqualTo(201);
		assertThat(cash.text("method")).isEqualTo("cash");
		assertThat(invoiceStatus(invoice)).isEqualTo("partially_paid");

		ApiClient.Response over = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "bank_transfer", "amountCents", 6_001), token);
		assertThat(over.status()).as(over.body().toString()).isEqualTo(422);

		ApiClient.Response euros = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "bank_transfer", "amountCents", 100, "currency", "EUR"), token);
		assertThat(euros.status()).as(euros.body().toString()).isEqualTo(422);

		ApiClient.Response rest = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "BANK-TRANSFER", "amountCents", 6_000, "reference", "SEPA 991"), token);
		assertThat(rest.status()).as(rest.body().toString()).isEqualTo(201);
		assertThat(invoiceStatus(invoice)).isEqualTo("paid");

		JsonNode first = api().get("/api/v1/payments?limit=1", token).body();
		assertThat(first.path("items").get(0).path("method").asString()).isEqualTo("bank_transfer");
		JsonNode second = api().get("/api/v1/payments?limit=1&cursor=" + first.path("nextCursor").asString(), token).body();
		assertThat(second.path("items").get(0).path("reference").asString()).isEqualTo("till 2");
		assertThat(second.path("nextCursor").isMissingNode()).isTrue();
		assertThat(api().get("/api/v1/payments?method=cash", token).body().path("items")).hasSize(1);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(STRIPE.findAll(postRequestedFor(urlEqualTo(hook)))
			.stream().map(request -> request.getBodyAsString().replaceAll(".*\"type\":\"([a-z._]+)\".*", "$1")).sorted().toList())
			.containsExactly("invoice.paid", "payment.succeeded", "payment.succeeded"));
		assertThat(STRIPE.findAll(postRequestedFor(urlEqualTo(hook))).stream()
			.map(com.github.tomakehurst.wiremock.verification.LoggedRequest::getBodyAsString).toList().toString()).contains(invoice.id().toString(), "\"amountCents\":6000");
	}

	@Test
	void badInputAndAnotherOrganizationsInvoice() {
		Invoice invoice = openInvoice(10_000, "USD");
		assertThat(api().post("/api/v1/invoices/" + invoice.id() + "/payments", Map.of("method", "cheque", "amountCents", 1), token)
			.status()).isEqualTo(400);
		assertThat(api().post("/api/v1/invoices/" + invoice.id() + "/payments", Map.of("method", "cash", "amountCents", -5), token)
			.status()).isEqualTo(400);
		assertThat(api().get("/api/v1/payments?cursor=nonsense", token).status()).isEqualTo(400);

		String stranger = uniqueEmail("payments-other");
		registerVerified(stranger);
		ApiClient.Response foreign = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "cash", "amountCents", 100), accessToken(stranger));
		assertThat(foreign.status()).as(foreign.body().toString()).isEqualTo(404);
		assertThat(invoiceStatus(invoice)).isEqualTo("open");
	}

	@Test
	void aPaymentGetsAReceiptEmailedAndATimelineEntryAndMovesTheMasterclassLeadToPaid() throws Exception {
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Grace", "type", "contact")), token)
			.text("id");
		ContactId contactId = ContactId.of(UUID.fromString(contact));
		var deal = funnel.moveContact(organization, new Actor.Job("test"), contactId, PipelineFunnel.MASTERCLASS, "Invoiced", "Masterclass");
		Invoice invoice = openInvoice(25_000, "USD", contactId.value());

		JsonNode half = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "card_terminal", "amountCents", 10_000, "reference", "TID 4411"), token).body();
		String receiptNumber = half.path("receiptNumber").asString();
		assertThat(receiptNumber).matches("RCT-\\d{4}-0001");

		HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/api/v1/receipts/" + half.path("receiptId").asString() + "/pdf"))
			.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(receiptNumber, "$100.00", "Card terminal", "TID 4411", "Grace", "$150.00");
		}
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api().get("/api/v1/emails?contactId=" + contact, token).body().path("items").toString())
			.contains("Receipt " + receiptNumber));
		assertThat(funnelStage(deal.orElseThrow().toString())).as("not paid in full yet").isEqualTo("Invoiced");

		String second = api().post("/api/v1/invoices/" + invoice.id() + "/payments",
				Map.of("method", "cash", "amountCents", 15_000), token).text("receiptNumber");
		assertThat(second).endsWith("-0002");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(funnelStage(deal.get().toString())).isEqualTo("Paid"));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api().get("/api/v1/contacts/" + contact + "/interactions", token).body().toString())
			.contains("\"payment\"", "$150.00"));
		assertThat(api().get("/api/v1/receipts/" + UUID.randomUUID() + "/pdf", token).status()).isEqualTo(404);
	}

	@Test
	void remindersFollowTheScheduleOnceEachAndStopWhenPaid() throws Exception {
		String contact = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Linus", "type", "contact")), token)
			.text("id");
		Invoice late = openInvoice(9_900, "USD", UUID.fromString(contact));
		Invoice paid = openInvoice(1_000, "USD", UUID.fromString(contact));
		setDueDate(late, LocalDate.now().minusDays(4));
		setDueDate(paid, LocalDate.now().minusDays(4));
		api().post("/api/v1/invoices/" + paid.id() + "/payments", Map.of("method", "cash", "amountCents", 1_000), token);

		String ownerEmail = uniqueEmail("payments-pages");
		registerVerified(ownerEmail);
		BrowserSession owner = signedIn(ownerEmail);
		String mine = owner.get("/billing/overdue").body();
		assertThat(mine).contains("Nothing is overdue", "-3, 0, 3, 7");
		HttpResponse<String> saved = owner.post("/billing/reminders",
				Map.of("enabled", "true", "offsets", "7, 0, 3", "_csrf", BrowserSession.csrf(mine)));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(owner.get("/billing/overdue").body()).contains("Reminder schedule saved.", "0, 3, 7");
		owner.post("/billing/reminders", Map.of("offsets", "soon", "_csrf", BrowserSession.csrf(mine)));
		assertThat(owner.get("/billing/overdue").body()).contains("between -60 and 365");
		assertThat(owner.get("/billing/payments").body()).contains("No payments yet.");

		assertThat(api().get("/api/v1/payment-reminders", token).body().path("offsets").toString()).isEqualTo("[-3,0,3,7]");
		assertThat(api().exchange("PUT", "/api/v1/payment-reminders", Map.of("enabled", true, "offsets", List.of(400)), token,
				Map.of()).status()).isEqualTo(400);
		ApiClient.Response put = api().exchange("PUT", "/api/v1/payment-reminders",
				Map.of("enabled", true, "offsets", List.of(7, 3, 0, -3)), token, Map.of());
		assertThat(put.status()).as(put.body().toString()).isEqualTo(200);
		int first = reminders.sendDue(LocalDate.now());
		int again = reminders.sendDue(LocalDate.now());
		assertThat(again).isZero();
		assertThat(first).isGreaterThanOrEqualTo(1);
		JsonNode emails = api().get("/api/v1/emails?contactId=" + contact, token).body().path("items");
		assertThat(emails.toString()).contains("Payment reminder: invoice INV-T-" + late.id().toString().substring(0, 8))
			.doesNotContain("Payment reminder: invoice INV-T-" + paid.id().toString().substring(0, 8));
		assertThat(countOf(emails, "Payment reminder")).as("the latest due reminder only (+3), not -3 and 0 too").isEqualTo(1);
		assertThat(reminders.sendDue(LocalDate.now().plusDays(3))).as("+7 now due").isGreaterThanOrEqualTo(1);

		String staffEmail = uniqueEmail("payments-staff");
		invitedMember(token, staffEmail, "member");
		BrowserSession staff = signedIn(staffEmail);
		String overdue = staff.get("/billing/overdue").body();
		assertThat(overdue).contains("INV-T-" + late.id().toString().substring(0, 8), "$99.00")
			.doesNotContain("INV-T-" + paid.id().toString().substring(0, 8));
		assertThat(staff.get("/billing/payments").body()).contains("data-chart", "RCT-", "Cash", "$10.00");
		assertThat(staff.post("/billing/reminders", Map.of("offsets", "1", "_csrf", BrowserSession.csrf(overdue))).statusCode())
			.as("a member may not change the schedule").isEqualTo(403);
	}

	private static int countOf(JsonNode emails, String subject) {
		int count = 0;
		for (JsonNode email : emails) {
			if (email.path("subject").asString().contains(subject)) {
				count++;
			}
		}
		return count;
	}

	private void setDueDate(Invoice invoice, LocalDate due) {
		transactions.run(TenantScope.organization(organization, new Actor.Job("test")), () -> jdbc.sql(
				"update invoices set issue_date = ?, due_date = ? where id = ?").params(due.minusDays(14), due, invoice.id()).update());
	}

	private String funnelStage(String dealId) {
		return api().get("/api/v1/deals/" + dealId, token).text("stageName");
	}

	record Invoice(UUID id, String token) {
	}

	/** An issued invoice of {@code totalCents}, as the invoice half leaves it after issuing. */
	private Invoice openInvoice(long totalCents, String currency) {
		return openInvoice(totalCents, currency, UUID.randomUUID());
	}

	private Invoice openInvoice(long totalCents, String currency, UUID contactId) {
		UUID id = UUID.randomUUID();
		String publicToken = UUID.randomUUID().toString().replace("-", "") + "pay";
		transactions.run(TenantScope.organization(organization, new Actor.Job("test")), () -> jdbc.sql("""
				insert into invoices (id, organization_id, number, contact_id, currency, status, subtotal_cents, total_cents,
				    amount_due_cents, issue_date, due_date, public_token, issued_at)
				values (?, ?, ?, ?, ?, 'open', ?, ?, ?, current_date, current_date + 14, ?, now())""")
			.params(id, organization.value(), "INV-T-" + id.toString().substring(0, 8), contactId, currency, totalCents,
					totalCents, totalCents, publicToken)
			.update());
		return new Invoice(id, publicToken);
	}

	private String invoiceStatus(Invoice invoice) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> jdbc.sql("select status from invoices where id = ?").param(invoice.id()).query(String.class).single());
	}

	private long amountDue(Invoice invoice) {
		return transactions.call(TenantScope.organization(organization, new Actor.Job("test")),
				() -> jdbc.sql("select amount_due_cents from invoices where id = ?").param(invoice.id()).query(Long.class).single());
	}

	private OrganizationIdAndInvoice ids(Invoice invoice) {
		return new OrganizationIdAndInvoice(organization.value(), invoice.id());
	}

	private ApiClient.Response deliver(String payload) {
		return deliver(payload, StripeEvents.signature(payload, WEBHOOK_SECRET, Instant.now().getEpochSecond()));
	}

	private ApiClient.Response deliver(String payload, String signature) {
		return api().exchange("POST", "/webhooks/stripe", payload, null, Map.of("Stripe-Signature", signature));
	}
}
