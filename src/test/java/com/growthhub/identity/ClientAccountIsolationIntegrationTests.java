package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

/**
 * Who reaches a client account: the agency's owners, admins and managers; its members once assigned; the account's
 * own client users — and nobody else, who gets the same 404 as for an account that does not exist.
 */
class ClientAccountIsolationIntegrationTests extends IdentityTestSupport {

	private String owner;
	private String ownerAccess;
	private String member;
	private String memberAccess;
	private String otherAgencyAccess;
	private String accountA;
	private String accountB;
	private String clientOfA;

	@BeforeEach
	void anAgencyWithTwoClientsAMemberAndAnotherAgency() {
		owner = uniqueEmail("owner");
		registerVerified(owner);
		ownerAccess = accessToken(owner);
		clientOfA = uniqueEmail("client-a");
		accountA = createAccount("Alpha Dental", clientOfA);
		accountB = createAccount("Beta Roofing", uniqueEmail("client-b"));
		member = uniqueEmail("member");
		memberAccess = invitedMember(ownerAccess, member, "member");
		String other = uniqueEmail("other-agency");
		registerVerified(other);
		otherAgencyAccess = accessToken(other);
	}

	@Test
	void theOwnerOpensEveryClientAccountThroughTheOrganizationHeader() {
		for (String account : List.of(accountA, accountB)) {
			ApiClient.Response inAccount = api().exchange("GET", "/api/v1/organization", null, ownerAccess,
					Map.of("X-Organization-Id", account));
			assertThat(inAccount.status()).isEqualTo(200);
			assertThat(inAccount.text("id")).isEqualTo(account);
		}
		assertThat(api().get("/api/v1/accounts", ownerAccess).body().path("items").findValuesAsString("id"))
			.containsExactly(accountA, accountB);
		assertThat(api().get("/api/v1/organizations", ownerAccess).body().path("items").findValuesAsString("id"))
			.contains(accountA, accountB);
	}

	@Test
	void aMemberReachesOnlyTheAccountsAssignedToThem() {
		assertNotFound(memberAccess, accountA);
		assertThat(api().get("/api/v1/accounts/" + accountA, memberAccess).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/accounts", memberAccess).body().path("items")).isEmpty();

		String memberId = api().get("/api/v1/me", memberAccess).text("id");
		ApiClient.Response assigned = api().exchange("PATCH", "/api/v1/accounts/" + accountA,
				Map.of("assignedMemberIds", List.of(memberId)), ownerAccess, Map.of());
		assertThat(assigned.status()).isEqualTo(200);
		assertThat(assigned.body().path("assignedMemberIds").findValuesAsString("")).isEmpty();
		assertThat(assigned.body().path("assignedMemberIds").get(0).asString()).isEqualTo(memberId);

		assertThat(api().exchange("GET", "/api/v1/organization", null, memberAccess,
				Map.of("X-Organization-Id", accountA)).status()).isEqualTo(200);
		assertNotFound(memberAccess, accountB);
		assertThat(api().get("/api/v1/accounts", memberAccess).body().path("items").findValuesAsString("id"))
			.containsExactly(accountA);
		assertThat(api().exchange("PATCH", "/api/v1/accounts/" + accountA, Map.of("name", "Mine now"), memberAccess,
				Map.of()).status()).isEqualTo(403);

		api().exchange("PATCH", "/api/v1/accounts/" + accountA, Map.of("assignedMemberIds", List.of()), ownerAccess,
				Map.of());
		assertNotFound(memberAccess, accountA);
	}

	@Test
	void anotherAgencyReachesNothing() {
		assertNotFound(otherAgencyAccess, accountA);
		ApiClient.Response byId = api().get("/api/v1/accounts/" + accountA, otherAgencyAccess);
		ApiClient.Response unknown = api().get("/api/v1/accounts/" + UUID.randomUUID(), otherAgencyAccess);
		assertThat(byId.status()).isEqualTo(404);
		assertThat(byId.text("detail")).isEqualTo(unknown.text("detail"));
		assertThat(api().exchange("PATCH", "/api/v1/accounts/" + accountA, Map.of("name", "Taken"), otherAgencyAccess,
				Map.of()).status()).isEqualTo(404);
		assertThat(api().get("/api/v1/accounts", otherAgencyAccess).body().path("items")).isEmpty();
	}

	@Test
	void aClientUserReachesOnlyTheirOwnAccount() {
		String clientAccess = clientAccess(clientOfA);
		assertThat(api().get("/api/v1/organization", clientAccess).text("id")).isEqualTo(accountA);
		assertNotFound(clientAccess, accountB);
		// The agency's account list is none of the portal's places.
		assertThat(api().get("/api/v1/accounts/" + accountA, clientAccess).status()).isEqualTo(403);
		assertThat(api().get("/api/v1/accounts", clientAccess).status()).isEqualTo(403);
		String agency = api().get("/api/v1/organization", ownerAccess).text("id");
		assertNotFound(clientAccess, agency);
	}

	@Test
	void anAgencyApiTokenActsInItsClientAccountsOnly() {
		String token = api().post("/api/v1/api-tokens", Map.of("name", "hub"), ownerAccess).text("secret");
		assertThat(api().exchange("GET", "/api/v1/organization", null, token, Map.of("X-Organization-Id", accountA))
			.text("id")).isEqualTo(accountA);
		String otherToken = api().post("/api/v1/api-tokens", Map.of("name", "other"), otherAgencyAccess).text("secret");
		assertNotFound(otherToken, accountA);
	}

	@Test
	void createAndChangeAnswerProblemsForBadInput() {
		ApiClient.Response bad = api().post("/api/v1/accounts", Map.of("name", "X", "clientType", "Not a key!",
				"contactName", "Y", "contactEmail", uniqueEmail("y")), ownerAccess);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.headers().getContentType()).hasToString("application/problem+json");
		assertThat(bad.text("detail")).contains("clientType");
		assertThat(api().exchange("PATCH", "/api/v1/accounts/" + accountA,
				Map.of("assignedMemberIds", List.of(UUID.randomUUID())), ownerAccess, Map.of()).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/accounts", Map.of("name", "Dup", "clientType", "medical", "contactName", "Y",
				"contactEmail", clientOfA), ownerAccess).status()).isEqualTo(409);
		ApiClient.Response page = api().get("/api/v1/accounts?limit=1", ownerAccess);
		assertThat(page.body().path("items")).hasSize(1);
		ApiClient.Response next = api().get("/api/v1/accounts?limit=1&cursor=" + page.text("nextCursor"), ownerAccess);
		assertThat(next.body().path("items").get(0).path("id").asString()).isEqualTo(accountB);
		assertThat(api().get("/api/v1/accounts?cursor=nonsense", ownerAccess).status()).isEqualTo(400);
		ApiClient.Response renamed = api().exchange("PATCH", "/api/v1/accounts/" + accountB,
				Map.of("name", "Beta Roofing & Sons", "services", List.of("seo", "ppc")), ownerAccess, Map.of());
		assertThat(renamed.text("name")).isEqualTo("Beta Roofing & Sons");
		assertThat(renamed.body().path("services").findValuesAsString("")).isEmpty();
		assertThat(renamed.body().path("services").get(1).asString()).isEqualTo("ppc");
	}

	@Test
	void theBrowserSwitcherListsClientAccountsAndRefusesOthers() throws Exception {
		BrowserSession ownerBrowser = signedIn(owner);
		String home = ownerBrowser.get("/").body();
		assertThat(home).contains("switcher-client-accounts").contains("Alpha Dental").contains("Beta Roofing");
		assertThat(ownerBrowser.post("/organizations/switch", Map.of("organizationId", accountA, "_csrf",
				BrowserSession.csrf(home))).statusCode()).isEqualTo(302);
		assertThat(ownerBrowser.get("/settings/organization").body()).contains("Alpha Dental");

		BrowserSession memberBrowser = signedIn(member);
		String memberHome = memberBrowser.get("/").body();
		assertThat(memberHome).doesNotContain("Alpha Dental");
		assertThat(memberBrowser.post("/organizations/switch", Map.of("organizationId", accountA, "_csrf",
				BrowserSession.csrf(memberHome))).statusCode()).isEqualTo(404);
	}

	private String createAccount(String name, String contactEmail) {
		ApiClient.Response created = api().post("/api/v1/accounts", Map.of("name", name, "clientType", "medical",
				"services", List.of("seo"), "contactName", "Casey Client", "contactEmail", contactEmail), ownerAccess);
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	/** The client user with the password every test account has, as if they had finished onboarding's first step. */
	private String clientAccess(String email) {
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				update users set password_hash = (select password_hash from users where email = ?),
				                 email_verified_at = now() where email = ?
				""").params(owner.toLowerCase(), email.toLowerCase()).update());
		return accessToken(email);
	}

	private void assertNotFound(String access, String organization) {
		ApiClient.Response answer = api().exchange("GET", "/api/v1/organization", null, access,
				Map.of("X-Organization-Id", organization));
		assertThat(answer.status()).as(organization).isEqualTo(404);
		assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
	}
}
