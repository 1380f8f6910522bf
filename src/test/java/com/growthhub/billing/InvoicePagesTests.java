package com.growthhub.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.IdentityTestSupport;

/** The invoice pages render for the people who use them, and their forms and moves work without JavaScript. */
class InvoicePagesTests extends IdentityTestSupport {

	@Test
	void theListEditorInvoiceProductAndSettingsPagesRenderAndTheMovesWork() throws Exception {
		String ownerEmail = uniqueEmail("invoice-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("invoice-pages-member");
		invitedMember(owner, memberEmail, "member");
		String contact = BillingFixtures.contact(api(), owner, "Grace", null);

		BrowserSession pages = signedIn(ownerEmail);
		String empty = pages.get("/billing/invoices").body();
		assertThat(empty).contains("No invoices here yet", "data-testid=\"status-tabs\"", "data-testid=\"nav-invoices\"");
		String editor = pages.get("/billing/invoices/new?contactId=" + contact).body();
		assertThat(editor).contains("data-invoice-editor", "/js/billing/invoice-editor.js", "Grace Tester")
			.doesNotContainPattern("<script>[^<]");

		Map<String, String> form = new HashMap<>(Map.of("contactId", contact, "currency", "EUR", "lines[0].description",
				"Logo design", "lines[0].quantity", "1", "lines[0].unitPrice", "12.50", "lines[0].taxRate", "19",
				"lines[1].description", "", "_csrf", BrowserSession.csrf(editor)));
		// 12.50 + 19 % = 2.375 → 2.38 (half to even: 237.5 cents → 238), total 14.88
		HttpResponse<String> totals = pages.post("/billing/invoices/totals", form);
		assertThat(totals.body()).contains("€14.88").doesNotContain("<html");

		HttpResponse<String> saved = pages.post("/billing/invoices", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/billing/invoices/[0-9a-f-]{36}$");
		String path = location.replaceFirst("^https?://[^/]+", "");
		String draft = pages.get(path).body();
		assertThat(draft).contains("Logo design", "€14.88", "Issue and send", "data-testid=\"edit-invoice\"");
		assertThat(pages.get(path + "/edit").body()).contains("value=\"12.50\"", "Logo design");

		pages.post(path + "/issue", Map.of("_csrf", BrowserSession.csrf(draft)));
		String issued = pages.get(path).body();
		assertThat(issued).contains("INV-", "Open", "data-testid=\"public-link\"", "Mark uncollectible")
			.doesNotContain("data-testid=\"edit-invoice\"");
		assertThat(pages.get("/billing/invoices?status=open").body()).contains("INV-", "€14.88");
		assertThat(pages.get("/billing/invoices?status=paid").body()).contains("No invoices here yet");

		pages.post(path + "/credit-notes", Map.of("amount", "4.88", "reason", "Goodwill", "_csrf", BrowserSession.csrf(issued)));
		assertThat(pages.get(path).body()).contains("CN-", "Goodwill", "€10.00");
		HttpResponse<String> pdf = pages.get(path + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

		HttpResponse<String> refused = pages.post("/billing/invoices", Map.of("currency", "EUR", "_csrf", BrowserSession.csrf(editor)));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose the customer.");

		String products = pages.get("/billing/products").body();
		pages.post("/billing/products", Map.of("name", "Brand audit", "price", "990", "currency", "EUR", "taxRate", "19",
				"_csrf", BrowserSession.csrf(products)));
		assertThat(pages.get("/billing/products").body()).contains("Brand audit", "€990.00");
		assertThat(pages.get("/billing/invoices/new").body()).contains("data-product-choice", "data-price=\"990.00\"");

		String settings = pages.get("/billing/settings").body();
		assertThat(settings).contains("INV-{yyyy}-{seq:4}");
		pages.post("/billing/settings", Map.of("invoiceNumberPattern", "GH-{yyyy}-{seq:5}", "paymentTermsDays", "30",
				"businessName", "Acme Studio", "businessAddress", "1 Main St", "_csrf", BrowserSession.csrf(settings)));
		assertThat(pages.get("/billing/settings").body()).contains("GH-{yyyy}-{seq:5}", "Acme Studio");

		BrowserSession member = signedIn(memberEmail);
		String memberSettings = member.get("/billing/settings").body();
		member.post("/billing/settings", Map.of("invoiceNumberPattern", "X-{yyyy}-{seq}", "_csrf", BrowserSession.csrf(memberSettings)));
		assertThat(pages.get("/billing/settings").body()).contains("GH-{yyyy}-{seq:5}");
		assertThat(member.get(path).body()).doesNotContain("Mark uncollectible");
		assertThat(member.get("/billing/invoices/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
