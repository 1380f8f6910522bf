package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TokenIntegrationTests extends IdentityTestSupport {

	@Test
	void refreshRotatesAndReuseRevokesTheWholeFamily() {
		String email = uniqueEmail("refresh");
		registerVerified(email);
		ApiClient.Response login = signIn(email);
		String firstRefresh = login.text("refreshToken");

		ApiClient.Response rotated = api().post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh), null);
		assertThat(rotated.status()).isEqualTo(200);
		String secondRefresh = rotated.text("refreshToken");
		String secondAccess = rotated.text("accessToken");
		assertThat(secondRefresh).isNotEqualTo(firstRefresh);
		assertThat(api().get("/api/v1/me", secondAccess).status()).isEqualTo(200);

		pastTheReuseGrace(firstRefresh);
		ApiClient.Response replay = api().post("/api/v1/auth/refresh", Map.of("refreshToken", firstRefresh), null);
		assertThat(replay.status()).isEqualTo(401);
		// The replay killed the family: the newest tokens are dead too.
		assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", secondRefresh), null).status()).isEqualTo(401);
		assertThat(api().get("/api/v1/me", secondAccess).status()).isEqualTo(401);
	}

	@Test
	void logoutEndsTheSession() {
		String email = uniqueEmail("logout");
		registerVerified(email);
		ApiClient.Response login = signIn(email);
		String access = login.text("accessToken");
		assertThat(api().post("/api/v1/auth/logout", null, access).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/me", access).status()).isEqualTo(401);
		assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", login.text("refreshToken")), null).status())
			.isEqualTo(401);
	}

	@Test
	void changingThePasswordEndsEveryOtherSession() {
		String email = uniqueEmail("change");
		registerVerified(email);
		ApiClient.Response first = signIn(email);
		ApiClient.Response second = signInAgain(email, first.text("deviceToken"));
		String keep = first.text("accessToken");

		ApiClient.Response changed = api().post("/api/v1/auth/change-password",
				Map.of("currentPassword", PASSWORD, "newPassword", "a brand new passphrase"), keep);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.body().path("otherSessionsEnded").asInt()).isEqualTo(1);
		assertThat(api().get("/api/v1/me", keep).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/me", second.text("accessToken")).status()).isEqualTo(401);
	}

	@Test
	void sessionsAreListedAndCanBeEnded() {
		String email = uniqueEmail("sessions");
		registerVerified(email);
		ApiClient.Response first = signIn(email);
		ApiClient.Response second = signInAgain(email, first.text("deviceToken"));
		ApiClient.Response list = api().get("/api/v1/sessions", first.text("accessToken"));
		assertThat(list.body().path("items").size()).isEqualTo(2);
		String other = null;
		for (var item : list.body().path("items")) {
			if (!item.path("current").asBoolean()) {
				other = item.path("id").asString();
			}
		}
		assertThat(api().exchange("DELETE", "/api/v1/sessions/" + other, null, first.text("accessToken"), Map.of()).status())
			.isEqualTo(204);
		assertThat(api().get("/api/v1/me", second.text("accessToken")).status()).isEqualTo(401);
	}

	@Test
	void apiTokensAreShownOnceAndWorkUntilRevoked() {
		String email = uniqueEmail("pat");
		registerVerified(email);
		String access = accessToken(email);
		ApiClient.Response created = api().post("/api/v1/api-tokens", Map.of("name", "CI script"), access);
		assertThat(created.status()).isEqualTo(201);
		String secret = created.text("secret");
		assertThat(secret).startsWith("ghp_");

		assertThat(api().get("/api/v1/me", secret).text("email")).isEqualTo(email);
		ApiClient.Response listed = api().get("/api/v1/api-tokens", access);
		assertThat(listed.body().toString()).doesNotContain(secret).contains("CI script");

		String id = created.body().path("token").path("id").asString();
		assertThat(api().exchange("DELETE", "/api/v1/api-tokens/" + id, null, access, Map.of()).status()).isEqualTo(204);
		assertThat(api().get("/api/v1/me", secret).status()).isEqualTo(401);
	}

	@Test
	void theOrganizationHeaderSelectsAmongMyOrganizations() {
		String email = uniqueEmail("multi");
		registerVerified(email);
		String access = accessToken(email);
		ApiClient.Response second = api().post("/api/v1/organizations", Map.of("name", "Second Shop"), access);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.text("role")).isEqualTo("owner");

		ApiClient.Response current = api().exchange("GET", "/api/v1/organization", null, access,
				Map.of("X-Organization-Id", second.text("id")));
		assertThat(current.text("name")).isEqualTo("Second Shop");
		assertThat(api().get("/api/v1/organizations", access).body().path("items").size()).isEqualTo(2);

		ApiClient.Response switched = api().post("/api/v1/auth/refresh",
				Map.of("refreshToken", signIn(email).text("refreshToken"), "organizationId", second.text("id")), null);
		assertThat(api().get("/api/v1/organization", switched.text("accessToken")).text("name")).isEqualTo("Second Shop");
	}

	@Test
	void aGarbageTokenIsUnauthorized() {
		ApiClient.Response answer = api().get("/api/v1/me", "not-a-token");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.headers().getContentType().toString()).isEqualTo("application/problem+json");
		assertThat(api().get("/api/v1/me", null).status()).isEqualTo(401);
	}

	/** A rotated token presented again within 30 s gets its successor (two refreshes racing); this one is older. */
	private void pastTheReuseGrace(String refreshToken) {
		jdbc.sql("update refresh_tokens set rotated_at = rotated_at - interval '1 minute' where token_hash = ?")
			.param(com.growthhub.platform.security.InstallationSecrets.sha256(refreshToken))
			.update();
	}
}
