package com.growthhub.expenses;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.files.TestFiles;

/** The expense pages render for the people who use them, and their forms and moves work without JavaScript. */
class ExpensePagesTests extends IdentityTestSupport {

	@Test
	void theListFormDetailReportAndCategoryPagesRenderAndTheMovesWork() throws Exception {
		String ownerEmail = uniqueEmail("expense-pages");
		registerVerified(ownerEmail);
		String owner = accessToken(ownerEmail);
		String memberEmail = uniqueEmail("expense-pages-member");
		String member = invitedMember(owner, memberEmail, "member");
		String category = api().get("/api/v1/expense-categories", member).body().path("items").get(0).path("id").asString();
		String event = api().post("/api/v1/events", Map.of("title", "Print expo", "type", "conference", "venue", "Hall",
				"startsAt", "2027-03-03T09:00:00Z", "endsAt", "2027-03-03T17:00:00Z"), owner).text("id");
		ApiClient.Response created = new ExpenseUploads(port).post("/api/v1/expenses", member, TestFiles.png(60, 40), "r.png",
				Map.of("title", "Printer ink", "amountCents", "3450", "categoryId", category, "spentOn", "2026-03-03",
						"eventId", event));
		String id = created.text("id");

		BrowserSession memberPages = signedIn(memberEmail);
		String list = memberPages.get("/expenses").body();
		assertThat(list).contains("Printer ink", "$34.50", "Print expo", "Draft").doesNotContain("Spent by");
		assertThat(memberPages.get("/expenses/new").body()).contains("name=\"receipt\"", "enctype=\"multipart/form-data\"");
		String detail = memberPages.get("/expenses/" + id).body();
		assertThat(detail).contains("Submit for approval", "Printer ink", "/expenses/" + id + "/receipt");
		assertThat(memberPages.get("/expenses/" + id + "/edit").body()).contains("value=\"34.50\"")
			.containsPattern("<option value=\"" + event + "\" selected=\"selected\">Print expo</option>");

		HttpResponse<String> submitted = memberPages.post("/expenses/" + id + "/submit", Map.of("_csrf", BrowserSession.csrf(detail)));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(memberPages.get("/expenses/" + id).body()).contains("Submitted").doesNotContain("Submit for approval");

		BrowserSession ownerPages = signedIn(ownerEmail);
		String review = ownerPages.get("/expenses/" + id).body();
		assertThat(review).contains("Approve", "data-testid=\"reject-form\"");
		ownerPages.post("/expenses/" + id + "/reject", Map.of("reason", "Use the office stock", "_csrf", BrowserSession.csrf(review)));
		assertThat(ownerPages.get("/expenses/" + id).body()).contains("Rejected", "Use the office stock");
		assertThat(ownerPages.get("/expenses?status=rejected").body()).contains("Printer ink", "Spent by");

		String report = ownerPages.get("/expenses/report?groupBy=category&status=rejected").body();
		assertThat(report).contains("data-chart", "$34.50", "/exports/expenses.csv?status=rejected");
		HttpResponse<String> csv = ownerPages.get("/exports/expenses.csv?status=rejected");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).contains("Printer ink", "34.50,USD");

		String categories = ownerPages.get("/settings/expense-categories").body();
		assertThat(categories).contains("Meals &amp; entertainment");
		ownerPages.post("/settings/expense-categories", Map.of("name", "Trade fairs", "_csrf", BrowserSession.csrf(categories)));
		assertThat(ownerPages.get("/settings/expense-categories").body()).contains("Trade fairs");
		assertThat(memberPages.get("/settings/expense-categories").statusCode()).isEqualTo(403);
		assertThat(memberPages.get("/expenses/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
	}
}
