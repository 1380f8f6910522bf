package com.growthhub.expenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.files.TestFiles;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/**
 * The expense API end to end, on one organization with an owner, a manager and two members, and a second organization
 * whose ids must look absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpenseApiIntegrationTests extends IdentityTestSupport {

	@Autowired
	ExpenseTotals totals;

	String owner;
	String manager;
	String managerEmail;
	String member;
	String memberEmail;
	String otherMember;
	String stranger;
	UUID organization;
	UUID travel;
	UUID meals;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("expense-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		managerEmail = uniqueEmail("expense-manager");
		manager = invitedMember(owner, managerEmail, "manager");
		memberEmail = uniqueEmail("expense-member");
		member = invitedMember(owner, memberEmail, "member");
		otherMember = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("expense-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
		organization = UUID.fromString(api().get("/api/v1/organization", owner).text("id"));
		JsonNode categories = api().get("/api/v1/expense-categories", member).body().path("items");
		travel = categoryId(categories, "Travel");
		meals = categoryId(categories, "Meals & entertainment");
	}

	@Test
	void everyOrganizationStartsWithDefaultCategoriesItCanChange() {
		JsonNode items = api().get("/api/v1/expense-categories", owner).body().path("items");
		assertThat(items).extracting(node -> node.path("name").asString()).containsExactly("Travel", "Meals & entertainment",
				"Lodging", "Venue", "Marketing", "Supplies", "Software", "Other");

		ApiClient.Response created = api().post("/api/v1/expense-categories", Map.of("name", "Trade shows"), owner);
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(api().post("/api/v1/expense-categories", Map.of("name", "trade SHOWS"), owner).status()).isEqualTo(409);
		assertThat(api().post("/api/v1/expense-categories", Map.of("name", "Mine"), member).status()).isEqualTo(403);
		assertThat(api().post("/api/v1/expense-categories", Map.of("name", " "), owner).status()).isEqualTo(400);

		assertThat(api().exchange("DELETE", "/api/v1/expense-categories/" + id, null, owner, Map.of()).status()).isEqualTo(204);
		assertThat(names(api().get("/api/v1/expense-categories", owner))).doesNotContain("Trade shows");
		assertThat(names(api().get("/api/v1/expense-categories?includeArchived=true", owner))).contains("Trade shows");
		ApiClient.Response onArchived = api().post("/api/v1/expenses", Map.of("title", "Booth", "categoryId", id), owner);
		assertThat(onArchived.status()).isEqualTo(400);
		assertThat(onArchived.body().path("errors").get(0).path("field").asString()).isEqualTo("categoryId");
		assertThat(api().get("/api/v1/expense-categories/" + id, stranger).status()).isEqualTo(404);
	}

	@Test
	void aDraftIsCreatedReadChangedAndDeletedByItsAuthor() {
		ApiClient.Response created = api().post("/api/v1/expenses", Map.of("title", "Train to Lyon", "amountCents", 8950,
				"categoryId", travel.toString(), "type", "travel", "spentOn", "2026-03-02", "campaign", "Spring tour"), member);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.headers().getLocation()).hasToString("/api/v1/expenses/" + created.text("id"));
		JsonNode expense = created.body();
		assertThat(expense.path("status").asString()).isEqualTo("draft");
		assertThat(expense.path("currency").asString()).isEqualTo("USD");
		assertThat(expense.path("type").asString()).isEqualTo("travel");
		assertThat(expense.path("categoryName").asString()).isEqualTo("Travel");
		assertThat(expense.path("actions")).extracting(JsonNode::asString).containsExactly("edit", "delete", "submit");
		String path = "/api/v1/expenses/" + expense.path("id").asString();

		ApiClient.Response patched = api().exchange("PATCH", path, Map.of("amountCents", 9900, "merchant", "SNCF"), member,
				Map.of());
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.body().path("amountCents").asLong()).isEqualTo(9900);
		assertThat(patched.body().path("title").asString()).isEqualTo("Train to Lyon");
		Map<String, Object> clearing = new HashMap<>();
		clearing.put("campaign", null);
		assertThat(api().exchange("PATCH", path, clearing, member, Map.of()).body().has("campaign")).isFalse();

		assertThat(api().get(path, otherMember).status()).as("a member sees only their own").isEqualTo(404);
		assertThat(api().get(path, manager).status()).isEqualTo(200);
		assertThat(api().exchange("DELETE", path, null, otherMember, Map.of()).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", path, null, member, Map.of()).status()).isEqualTo(204);
		assertThat(api().get(path, member).status()).isEqualTo(404);
	}

	@Test
	void badInputNamesTheField() {
		assertField(api().post("/api/v1/expenses", Map.of("amountCents", 100), member), 400, "title");
		assertField(api().post("/api/v1/expenses", Map.of("title", "X", "amountCents", -5), member), 400, "amountCents");
		assertField(api().post("/api/v1/expenses", Map.of("title", "X", "currency", "EURO"), member), 400, "currency");
		assertField(api().post("/api/v1/expenses", Map.of("title", "X", "type", "yacht"), member), 400, "type");
		assertField(api().post("/api/v1/expenses", Map.of("title", "X", "spentOn", "yesterday"), member), 400, "spentOn");
		assertField(api().post("/api/v1/expenses", Map.of("title", "X", "categoryId", UUID.randomUUID().toString()), member),
				400, "categoryId");
		String path = "/api/v1/expenses/" + draft(member, "Bad patches").path("id").asString();
		assertField(api().exchange("PATCH", path, Map.of("tip", 5), member, Map.of()), 400, "tip");
		assertField(api().exchange("PATCH", path, Map.of("amountCents", 1.5), member, Map.of()), 400, "amountCents");
		assertField(api().get("/api/v1/expenses?eventId=not-an-id", member), 400, "eventId");
		assertField(api().get("/api/v1/expenses?status=paid", member), 400, "status");
		assertField(api().get("/api/v1/expenses?from=2026-03-01&to=2026-02-01", member), 400, "from");
		assertField(api().get("/api/v1/expenses/report?groupBy=colour", member), 400, "groupBy");
		assertThat(api().get("/api/v1/expenses/not-a-uuid", member).status()).isEqualTo(400);
		assertThat(api().get("/api/v1/expenses?cursor=garbage", member).status()).isEqualTo(400);
	}

	@Test
	void anExpenseIsSubmittedApprovedAndReimbursedByOthersWithNotificationsAndAnAuditTrail() {
		String path = "/api/v1/expenses/" + complete(member, "Client lunch", 4250, meals, null).path("id").asString();
		assertThat(api().post(path + "/approve", null, manager).status()).as("a draft is not approved").isEqualTo(409);

		ApiClient.Response submitted = api().post(path + "/submit", null, member);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.text("status")).isEqualTo("submitted");
		assertThat(submitted.body().path("actions")).isEmpty();
		ApiClient.Response locked = api().exchange("PATCH", path, Map.of("amountCents", 1), member, Map.of());
		assertThat(locked.status()).as("a submitted expense is no longer editable by its author").isEqualTo(409);
		assertThat(locked.headers().getContentType()).hasToString("application/problem+json");
		assertThat(api().post(path + "/approve", null, member).status()).as("members do not approve").isEqualTo(403);
		assertThat(api().post(path + "/approve", null, otherMember).status()).as("nor see each other's").isEqualTo(404);
		assertThat(notificationTitles(manager)).contains("Expense to approve: Client lunch ($42.50)");
		assertThat(mailbox().latestBody(managerEmail, "expense-status").orElseThrow())
			.contains("Client lunch").contains("$42.50").contains("submitted");

		ApiClient.Response approved = api().post(path + "/approve", null, manager);
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("approved");
		assertThat(approved.text("decidedAt")).isNotBlank();
		assertThat(notificationTitles(member)).contains("Expense approved: Client lunch");

		assertThat(api().post(path + "/reimburse", null, member).status()).isEqualTo(403);
		ApiClient.Response reimbursed = api().post(path + "/reimburse", null, owner);
		assertThat(reimbursed.text("status")).isEqualTo("reimbursed");
		assertThat(api().post(path + "/reimburse", null, owner).status()).isEqualTo(409);
		assertThat(notificationTitles(member)).contains("Expense reimbursed: Client lunch");

		JsonNode audit = api().get("/api/v1/audit-events?entityType=expense&entityId=" + approved.text("id"), owner).body();
		assertThat(audit.path("items").size()).as("created, submitted, approved, reimbursed").isGreaterThanOrEqualTo(4);
	}

	@Test
	void nobodyApprovesTheirOwnExpenseAndARejectionNeedsAReason() {
		String path = "/api/v1/expenses/" + complete(manager, "Hotel in Berlin", 31000, travel, null).path("id").asString();
		api().post(path + "/submit", null, manager);

		ApiClient.Response own = api().post(path + "/approve", null, manager);
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.text("detail")).isEqualTo("Nobody approves their own expense.");
		assertThat(api().post(path + "/reject", Map.of("reason", "no"), manager).status()).isEqualTo(403);

		assertField(api().post(path + "/reject", Map.of("reason", "  "), owner), 400, "reason");
		assertThat(api().post(path + "/reject", null, owner).status()).isEqualTo(400);
		ApiClient.Response rejected = api().post(path + "/reject", Map.of("reason", "Book the partner hotel"), owner);
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.text("status")).isEqualTo("rejected");
		assertThat(rejected.text("rejectionReason")).isEqualTo("Book the partner hotel");
		assertThat(notificationTitles(manager)).contains("Expense rejected: Hotel in Berlin");
		assertThat(api().post(path + "/approve", null, owner).status()).isEqualTo(409);
	}

	@Test
	void anIncompleteDraftIsNotSubmitted() {
		String path = "/api/v1/expenses/" + draft(member, "Taxi").path("id").asString();
		ApiClient.Response refused = api().post(path + "/submit", null, member);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body().path("errors")).extracting(error -> error.path("field").asString())
			.containsExactly("amountCents", "spentOn", "categoryId");
	}

	@Test
	void anotherOrganizationsExpenseLooksAbsent() {
		String path = "/api/v1/expenses/" + complete(member, "Museum tickets", 2400, meals, null).path("id").asString();
		assertThat(api().get(path, stranger).status()).isEqualTo(404);
		assertThat(api().exchange("PATCH", path, Map.of("title", "Mine now"), stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().post(path + "/submit", null, stranger).status()).isEqualTo(404);
		assertThat(api().post(path + "/approve", null, stranger).status()).isEqualTo(404);
		assertThat(api().get(path + "/receipt", stranger).status()).isEqualTo(404);
		assertThat(api().exchange("DELETE", path, null, stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/expense-categories/" + travel, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/expenses", stranger).body().path("items")).isEmpty();

		String theirEvent = api().post("/api/v1/events", Map.of("title", "Their gala", "type", "dinner", "venue", "Hall",
				"startsAt", "2027-03-10T18:00:00Z", "endsAt", "2027-03-10T22:00:00Z"), stranger).text("id");
		assertField(api().post("/api/v1/expenses", Map.of("title", "Gala flowers", "eventId", theirEvent), member), 400,
				"eventId");
		assertField(api().exchange("PATCH", path, Map.of("eventId", theirEvent), member, Map.of()), 400, "eventId");
		assertField(api().post("/api/v1/expenses", Map.of("title", "Ghost", "eventId", UUID.randomUUID().toString()), member),
				400, "eventId");
	}

	@Test
	void aReceiptIsKeptWithItsTypeFromTheBytesAndServedBack() {
		byte[] png = TestFiles.png(300, 200);
		ApiClient.Response created = uploads().post("/api/v1/expenses", member, png, "photo.pdf", Map.of("title", "Snacks"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body().path("receipt").path("contentType").asString()).isEqualTo("image/png");
		assertThat(created.body().path("receipt").path("name").asString()).isEqualTo("photo.pdf");
		String path = "/api/v1/expenses/" + created.text("id");

		ExpenseUploads.Download receipt = uploads().get(path + "/receipt", member);
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(receipt.body()).isEqualTo(png);
		assertThat(receipt.headers().getContentType()).hasToString("image/png");
		await().atMost(Duration.ofSeconds(30)).until(() -> uploads().get(path + "/receipt?thumbnail=true", member).status() == 200);
		ExpenseUploads.Download thumbnail = uploads().get(path + "/receipt?thumbnail=true", member);
		assertThat(thumbnail.headers().getContentType()).hasToString("image/jpeg");
		assertThat(thumbnail.body().length).isLessThan(png.length * 4);

		ApiClient.Response pdf = uploads().post("/api/v1/expenses", member, TestFiles.pdf(), "scan.jpg", Map.of());
		assertThat(pdf.status()).as("a PDF named .jpg is a PDF, which receipts may be").isEqualTo(201);
		assertThat(pdf.body().path("receipt").path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(pdf.text("title")).isEqualTo("Receipt");
	}

	@Test
	void receiptsThatAreNotImagesOrPdfsEmptyOrTooLargeAreRefusedAndNothingIsKept() {
		long before = storageUsed();
		ApiClient.Response page = uploads().post("/api/v1/expenses", member,
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "receipt.jpg", Map.of("title", "X"));
		assertThat(page.status()).isEqualTo(415);
		assertThat(page.headers().getContentType()).hasToString("application/problem+json");
		assertThat(page.body().path("errors").get(0).path("field").asString()).isEqualTo("receipt");

		ApiClient.Response empty = uploads().post("/api/v1/expenses", member, new byte[0], "receipt.png", Map.of("title", "X"));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.body().path("errors").get(0).path("field").asString()).isEqualTo("receipt");

		byte[] large = new byte[11 * 1024 * 1024];
		System.arraycopy(TestFiles.pdf(), 0, large, 0, TestFiles.pdf().length);
		ApiClient.Response tooLarge = uploads().post("/api/v1/expenses", member, large, "scan.pdf", Map.of("title", "X"));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.headers().getContentType()).hasToString("application/problem+json");
		assertThat(tooLarge.body().path("maxBytes").asLong()).isEqualTo(10L * 1024 * 1024);

		assertThat(storageUsed()).as("no byte of a refused receipt is kept").isEqualTo(before);
		assertThat(api().get("/api/v1/expenses?createdBy=" + userId(member), member).body().path("items"))
			.noneMatch(item -> item.path("title").asString().equals("X"));
	}

	@Test
	void aReceiptIsReadAndItsSuggestionAcceptedWithACorrection() throws IOException {
		byte[] receipt;
		try (InputStream in = getClass().getResourceAsStream("/com/growthhub/expenses/receipts/04-office.png")) {
			receipt = in.readAllBytes();
		}
		ApiClient.Response created = uploads().post("/api/v1/expenses", member, receipt, "office.png", Map.of());
		String path = "/api/v1/expenses/" + created.text("id");
		assertThat(created.body().path("reading").path("status").asString()).isEqualTo("pending");

		JsonNode reading = await().atMost(Duration.ofSeconds(60)).until(() -> api().get(path, member).body().path("reading"),
				node -> node.path("status").asString().equals("suggested"));
		assertThat(reading.path("amountCents").asLong()).isEqualTo(4965);
		assertThat(reading.path("spentOn").asString()).isEqualTo("2026-01-09");
		assertThat(reading.path("merchant").asString()).isEqualTo("Office Depot");
		assertThat(reading.path("confidence").asInt()).isBetween(50, 100);
		assertThat(api().post(path + "/reading/accept", null, otherMember).status()).isEqualTo(404);

		ApiClient.Response accepted = api().post(path + "/reading/accept", Map.of("amountCents", 4900), member);
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.body().path("amountCents").asLong()).isEqualTo(4900);
		assertThat(accepted.text("spentOn")).isEqualTo("2026-01-09");
		assertThat(accepted.text("merchant")).isEqualTo("Office Depot");
		assertThat(accepted.text("title")).as("the default title takes the merchant's name").isEqualTo("Office Depot");
		assertThat(accepted.body().path("reading").path("status").asString()).isEqualTo("corrected");
		assertThat(api().post(path + "/reading/accept", null, member).status()).as("nothing waits any more").isEqualTo(409);
	}

	@Test
	void listsFilterAndPage() {
		UUID event = event("Spring fair");
		String first = complete(otherMember, "Venue deposit", 50000, travel, event).path("id").asString();
		complete(otherMember, "Venue balance", 70000, travel, event);
		complete(otherMember, "Flowers", 9000, meals, null);

		JsonNode byEvent = api().get("/api/v1/expenses?eventId=" + event, manager).body();
		assertThat(byEvent.path("items")).extracting(item -> item.path("title").asString())
			.containsExactly("Venue balance", "Venue deposit");
		JsonNode page = api().get("/api/v1/expenses?createdBy=" + userId(otherMember) + "&limit=2", otherMember).body();
		assertThat(page.path("items").size()).isEqualTo(2);
		JsonNode next = api().get("/api/v1/expenses?createdBy=" + userId(otherMember) + "&limit=2&cursor="
				+ page.path("nextCursor").asString(), otherMember).body();
		assertThat(next.path("items")).extracting(item -> item.path("id").asString()).contains(first);
		assertThat(api().get("/api/v1/expenses?category=" + meals + "&createdBy=" + userId(otherMember), manager).body()
			.path("items")).extracting(item -> item.path("title").asString()).containsExactly("Flowers");
		assertThat(api().get("/api/v1/expenses?from=2026-05-02&to=2026-05-31&createdBy=" + userId(otherMember), manager)
			.body().path("items")).isEmpty();
		assertThat(api().get("/api/v1/expenses?status=draft&eventId=" + event, manager).body().path("items").size()).isEqualTo(2);
	}

	@Test
	void reportsTotalPerCurrencyAndGroupAndTheCsvHasTheSameFilters() {
		UUID event = event("Trade show");
		String euro = submittedAndApproved(complete(member, "Stand rental", 120000, travel, event, "EUR"));
		submittedAndApproved(complete(member, "Dinner with prospects", 30000, meals, event, "EUR"));
		submittedAndApproved(complete(member, "Coffee", 1500, meals, event, "USD"));
		String draft = complete(member, "Taxi later", 4000, travel, event).path("id").asString();

		JsonNode byCategory = api().get("/api/v1/expenses/report?groupBy=category&eventId=" + event, manager).body();
		assertThat(byCategory.path("groupBy").asString()).isEqualTo("category");
		assertThat(byCategory.path("rows")).extracting(row -> row.path("label").asString() + " " + row.path("currency")
			.asString() + " " + row.path("totalCents").asLong())
			.containsExactlyInAnyOrder("Travel EUR 120000", "Meals & entertainment EUR 30000", "Meals & entertainment USD 1500");
		assertThat(byCategory.path("totals")).extracting(total -> total.path("currency").asString() + " "
				+ total.path("totalCents").asLong()).containsExactly("EUR 150000", "USD 1500");
		assertThat(byCategory.path("chart").path("currency").asString()).isEqualTo("EUR");
		JsonNode byMonth = api().get("/api/v1/expenses/report?groupBy=month&eventId=" + event, manager).body();
		assertThat(byMonth.path("rows").get(0).path("label").asString()).isEqualTo("2026-03");
		JsonNode byPerson = api().get("/api/v1/expenses/report?groupBy=person&eventId=" + event, manager).body();
		assertThat(byPerson.path("rows").get(0).path("label").asString()).isEqualTo("Max Member");
		JsonNode byEvent = api().get("/api/v1/expenses/report?groupBy=event&eventId=" + event, manager).body();
		assertThat(byEvent.path("rows").get(0).path("label").asString()).isEqualTo("Trade show");
		JsonNode byType = api().get("/api/v1/expenses/report?groupBy=type&eventId=" + event + "&status=draft", manager).body();
		assertThat(byType.path("rows")).extracting(row -> row.path("label").asString()).containsExactly("Other");

		assertThat(totals.approvedByEvent(OrganizationId.of(organization), event))
			.containsExactly(Map.entry("EUR", 150000L), Map.entry("USD", 1500L));

		ExpenseUploads.Download csv = uploads().get("/api/v1/expenses.csv?eventId=" + event + "&status=approved", manager);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
		List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(4);
		assertThat(lines.getFirst()).contains("id,title,merchant,amount,currency");
		assertThat(String.join("\n", lines)).contains(euro, "1200.00,EUR", "Stand rental").doesNotContain(draft);
		assertThat(uploads().get("/api/v1/expenses.csv?from=bad", manager).status()).isEqualTo(400);
	}

	private String submittedAndApproved(JsonNode expense) {
		String path = "/api/v1/expenses/" + expense.path("id").asString();
		assertThat(api().post(path + "/submit", null, member).status()).isEqualTo(200);
		assertThat(api().post(path + "/approve", null, manager).status()).isEqualTo(200);
		return expense.path("id").asString();
	}

	private JsonNode draft(String token, String title) {
		ApiClient.Response created = api().post("/api/v1/expenses", Map.of("title", title), token);
		assertThat(created.status()).isEqualTo(201);
		return created.body();
	}

	private JsonNode complete(String token, String title, long cents, UUID category, UUID event) {
		return complete(token, title, cents, category, event, "USD");
	}

	private JsonNode complete(String token, String title, long cents, UUID category, UUID event, String currency) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "amountCents", cents, "categoryId", category.toString(),
				"spentOn", "2026-03-10", "currency", currency));
		if (event != null) {
			body.put("eventId", event.toString());
		}
		ApiClient.Response created = api().post("/api/v1/expenses", body, token);
		assertThat(created.status()).isEqualTo(201);
		return created.body();
	}

	private List<String> notificationTitles(String token) {
		return api().get("/api/v1/notifications", token).body().path("items").valueStream()
			.map(item -> item.path("title").asString()).toList();
	}

	private long storageUsed() {
		return api().get("/api/v1/storage", owner).body().path("usedBytes").asLong();
	}

	private String userId(String token) {
		return api().get("/api/v1/me", token).text("id");
	}

	private ExpenseUploads uploads() {
		return new ExpenseUploads(port);
	}

	private UUID event(String title) {
		ApiClient.Response created = api().post("/api/v1/events", Map.of("title", title, "type", "conference", "venue", "Hall",
				"startsAt", "2027-03-10T09:00:00Z", "endsAt", "2027-03-10T17:00:00Z"), manager);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return UUID.fromString(created.text("id"));
	}

	private static void assertField(ApiClient.Response response, int status, String field) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
		assertThat(response.headers().getContentType()).hasToString("application/problem+json");
		assertThat(response.body().path("errors")).extracting(error -> error.path("field").asString()).contains(field);
	}

	private static UUID categoryId(JsonNode categories, String name) {
		return categories.valueStream().filter(node -> node.path("name").asString().equals(name))
			.map(node -> UUID.fromString(node.path("id").asString())).findFirst().orElseThrow();
	}

	private static List<String> names(ApiClient.Response response) {
		return response.body().path("items").valueStream().map(node -> node.path("name").asString()).toList();
	}
}
