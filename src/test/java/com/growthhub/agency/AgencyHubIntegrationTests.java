package com.growthhub.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserSession;
import com.growthhub.calls.CallFixtures;
import com.growthhub.calls.CallLog;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.reviews.ReviewFixtures;
import com.growthhub.reviews.ReviewLog;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/** The hub's figures come from events and the other modules' reports, per account, for those who open the account. */
class AgencyHubIntegrationTests extends IdentityTestSupport {

	@Autowired
	CallLog callLog;

	@Autowired
	AgencyHub agencyHub;

	@Autowired
	ReviewLog reviewLog;

	private String owner;
	private String ownerAccess;
	private String accountA;
	private String accountB;

	@BeforeEach
	void anAgencyWithTwoClientAccounts() {
		owner = uniqueEmail("hub-owner");
		registerVerified(owner);
		ownerAccess = accessToken(owner);
		accountA = create("Alpha Dental");
		accountB = create("Beta Roofing");
	}

	@Test
	void countsNewLeadsAndCallsOfEachAccountAndTakesOtherModulesFigures() {
		ApiClient.Response lead = api().exchange("POST", "/api/v1/contacts",
				Map.of("firstName", "Lena", "lastName", "Lead", "email", uniqueEmail("lead"), "phone", "(415) 555-0199"),
				ownerAccess,
				Map.of("X-Organization-Id", accountA));
		assertThat(lead.status()).isEqualTo(201);
		callLog.record(OrganizationId.of(UUID.fromString(accountA)), "ctm",
				CallFixtures.answered(CallFixtures.externalId(), "+14155550123", null, "I'd like an appointment"));
		callLog.record(OrganizationId.of(UUID.fromString(accountB)), "ctm",
				CallFixtures.answered(CallFixtures.externalId(), "+14155550124", null, "Do you fix roofs?"));
		agencyHub.tasks(OrganizationId.of(UUID.fromString(accountA)), 4, 1);
		agencyHub.reviewsWaiting(OrganizationId.of(UUID.fromString(accountB)), 2);
		agencyHub.onboardingProgress(OrganizationId.of(UUID.fromString(accountB)), 8, 8, Instant.now());

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			ApiClient.Response summary = api().get("/api/v1/accounts/summary", ownerAccess);
			assertThat(summary.status()).isEqualTo(200);
			assertThat(summary.body().path("accounts").asInt()).isEqualTo(2);
			assertThat(summary.body().path("newLeads").asInt()).isEqualTo(1);
			assertThat(summary.body().path("newCalls").asInt()).isEqualTo(2);
		});
		ApiClient.Response summary = api().get("/api/v1/accounts/summary", ownerAccess);
		assertThat(summary.body().path("openTasks").asInt()).isEqualTo(4);
		assertThat(summary.body().path("overdueTasks").asInt()).isEqualTo(1);
		assertThat(summary.body().path("reviewsWaiting").asInt()).isEqualTo(2);
		assertThat(summary.body().path("onboardingCompleted").asInt()).isEqualTo(1);
	}

	@Test
	void thePageListsTheAccountsWithWaysIntoThemForThoseWhoOpenThem() throws Exception {
		BrowserSession browser = signedIn(owner);
		String page = browser.get("/agency").body();
		assertThat(page).contains("data-testid=\"nav-agency\"").contains("Alpha Dental").contains("Beta Roofing")
			.contains("open-" + accountA);

		String member = uniqueEmail("hub-member");
		invitedMember(ownerAccess, member, "member");
		String memberPage = signedIn(member).get("/agency").body();
		assertThat(memberPage).doesNotContain("Alpha Dental").contains("data-testid=\"agency-empty\"");

		String other = uniqueEmail("other-agency");
		registerVerified(other);
		ApiClient.Response otherSummary = api().get("/api/v1/accounts/summary", accessToken(other));
		assertThat(otherSummary.body().path("accounts").asInt()).isZero();
	}

	@Test
	void aDraftedAndAFlaggedReviewWaitUntilTheyAreAnswered() {
		OrganizationId account = OrganizationId.of(UUID.fromString(accountA));
		UUID first = reviewLog.record(account, ReviewFixtures.PROVIDER,
				ReviewFixtures.review("hub", 4, "Friendly front desk", "Pat")).reviewId();
		UUID second = reviewLog.record(account, ReviewFixtures.PROVIDER,
				ReviewFixtures.review("hub", 2, "Waited an hour", "Sam")).reviewId();
		Map<String, String> inAccount = Map.of("X-Organization-Id", accountA);

		assertThat(api().exchange("POST", "/api/v1/reviews/" + first + "/draft", null, ownerAccess, inAccount).status())
			.isEqualTo(200);
		assertThat(api().exchange("POST", "/api/v1/reviews/" + second + "/flag", Map.of("reason", "Call them"),
				ownerAccess, inAccount).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/accounts/summary", ownerAccess).body().path("reviewsWaiting").asInt()).isEqualTo(2);

		assertThat(api().exchange("POST", "/api/v1/reviews/" + first + "/respond", null, ownerAccess, inAccount).status())
			.isEqualTo(200);
		assertThat(api().get("/api/v1/accounts/summary", ownerAccess).body().path("reviewsWaiting").asInt()).isEqualTo(1);
	}

	@Test
	void openAndOverdueItemsOfTheAccountsBoardsAreCounted() {
		Map<String, String> inAccount = Map.of("X-Organization-Id", accountB);
		String workspace = api().exchange("POST", "/api/v1/workspaces", Map.of("name", "Roofing"), ownerAccess, inAccount)
			.text("id");
		String board = api().exchange("POST", "/api/v1/boards", Map.of("workspaceId", workspace, "name", "Website"),
				ownerAccess, inAccount).text("id");
		String late = api().exchange("POST", "/api/v1/boards/" + board + "/items",
				Map.of("name", "Fix the contact form", "dueDate", LocalDate.now().minusDays(2).toString()), ownerAccess,
				inAccount).text("id");
		ApiClient.Response onTime = api().exchange("POST", "/api/v1/boards/" + board + "/items",
				Map.of("name", "Write the about page", "dueDate", LocalDate.now().plusDays(5).toString()), ownerAccess,
				inAccount);
		assertThat(onTime.status()).isEqualTo(201);
		assertThat(summary().path("openTasks").asInt()).isEqualTo(2);
		assertThat(summary().path("overdueTasks").asInt()).isEqualTo(1);

		assertThat(api().exchange("DELETE", "/api/v1/items/" + late, null, ownerAccess, inAccount).status())
			.isEqualTo(204);
		assertThat(summary().path("openTasks").asInt()).isEqualTo(1);
		assertThat(summary().path("overdueTasks").asInt()).isZero();
	}

	private JsonNode summary() {
		return api().get("/api/v1/accounts/summary", ownerAccess).body();
	}

	private String create(String name) {
		ApiClient.Response created = api().post("/api/v1/accounts", Map.of("name", name, "clientType", "medical",
				"services", List.of("seo"), "contactName", "Casey Client", "contactEmail", uniqueEmail("client")),
				ownerAccess);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}
}
