package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

/** A client user reaches the portal's few places, pages and API alike, and is refused everything else. */
class ClientPortalIntegrationTests extends IdentityTestSupport {

	private String owner;
	private String client;
	private String clientAccess;

	@BeforeEach
	void aClientUserOfAnAgencysAccount() {
		owner = uniqueEmail("owner");
		registerVerified(owner);
		client = uniqueEmail("client");
		assertThat(api().post("/api/v1/accounts", Map.of("name", "Smile Dental", "clientType", "medical",
				"contactName", "Dana Smile", "contactEmail", client), accessToken(owner)).status()).isEqualTo(201);
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				update users set password_hash = (select password_hash from users where email = ?),
				                 email_verified_at = now() where email = ?
				""").params(owner.toLowerCase(), client.toLowerCase()).update());
		clientAccess = accessToken(client);
	}

	@Test
	void theApiAnswersTheClientOnlyForThePortalsPlaces() {
		for (String open : List.of("/api/v1/me", "/api/v1/organization", "/api/v1/contacts", "/api/v1/calls",
				"/api/v1/journeys")) {
			assertThat(api().get(open, clientAccess).status()).as(open).isEqualTo(200);
		}
		for (String closed : List.of("/api/v1/members", "/api/v1/invitations", "/api/v1/deals", "/api/v1/imports",
				"/api/v1/integrations", "/api/v1/audit-events", "/api/v1/api-tokens", "/api/v1/search?q=a",
				"/api/v1/expenses", "/api/v1/conversations", "/api/v1/accounts", "/api/v1/dashboard")) {
			ApiClient.Response refused = api().get(closed, clientAccess);
			assertThat(refused.status()).as(closed).isEqualTo(403);
			assertThat(refused.headers().getContentType()).as(closed).hasToString("application/problem+json");
		}
		assertThat(api().post("/api/v1/contacts", Map.of("firstName", "Sneaky"), clientAccess).status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("name", "Mine"), clientAccess, Map.of())
			.status()).isEqualTo(403);
	}

	@Test
	void theBrowserShowsThePortalWithItsReducedNavigationAndRefusesTheRest() throws Exception {
		BrowserSession browser = signedIn(client);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/portal"));
		String portal = browser.get("/portal").body();
		assertThat(portal).contains("Smile Dental").contains("data-testid=\"portal-agency\"")
			.contains("data-testid=\"nav-calls\"").doesNotContain("data-testid=\"nav-deals\"")
			.doesNotContain("data-testid=\"search-open\"");
		assertThat(browser.get("/contacts").statusCode()).isEqualTo(200);
		assertThat(browser.get("/calls").statusCode()).isEqualTo(200);
		for (String closed : List.of("/settings/members", "/settings/organization", "/settings/integrations", "/deals",
				"/imports", "/expenses", "/conversations", "/search?q=a", "/settings/api-tokens", "/agency")) {
			assertThat(browser.get(closed).statusCode()).as(closed).isEqualTo(403);
		}
		assertThat(browser.post("/organizations", Map.of("name", "Escape", "_csrf", BrowserSession.csrf(portal)))
			.statusCode()).isEqualTo(403);
	}
}
