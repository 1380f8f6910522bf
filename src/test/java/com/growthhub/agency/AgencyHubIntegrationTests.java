package com.growthhub.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
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
import com.growthhub.shared.OrganizationId;

/** The hub's figures come from events and the other modules' reports, per account, for those who open the account. */
class AgencyHubIntegrationTests extends IdentityTestSupport {

	@Autowired
	CallLog callLog;

	@Autowired
	AgencyHub agencyHub;

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

	private String create(String name) {
		ApiClient.Response created = api().post("/api/v1/accounts", Map.of("name", name, "clientType", "medical",
				"services", List.of("seo"), "contactName", "Casey Client", "contactEmail", uniqueEmail("client")),
				ownerAccess);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}
}
