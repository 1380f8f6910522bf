package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PasswordResetIntegrationTests extends IdentityTestSupport {

	@Test
	void aResetLinkWorksOnceAndEndsEverySession() {
		String email = uniqueEmail("reset");
		registerVerified(email);
		String oldAccess = accessToken(email);

		assertThat(api().post("/api/v1/auth/forgot-password", Map.of("email", email), null).status()).isEqualTo(202);
		String link = mailbox().latestLink(email, "password-reset");
		String token = link.substring(link.indexOf("token=") + 6);

		ApiClient.Response reset = api().post("/api/v1/auth/reset-password",
				Map.of("token", token, "newPassword", "a fresh long passphrase"), null);
		assertThat(reset.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/me", oldAccess).status()).isEqualTo(401);

		ApiClient.Response reuse = api().post("/api/v1/auth/reset-password",
				Map.of("token", token, "newPassword", "another long passphrase"), null);
		assertThat(reuse.status()).isEqualTo(400);
		assertThat(reuse.text("detail")).contains("invalid, expired or was already used");

		assertThat(api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null).status())
			.isEqualTo(401);
		assertThat(api().post("/api/v1/auth/login", Map.of("email", email, "password", "a fresh long passphrase"), null)
			.status()).isEqualTo(200);
	}

	@Test
	void anExpiredLinkIsRefused() {
		String email = uniqueEmail("reset-expired");
		registerVerified(email);
		api().post("/api/v1/auth/forgot-password", Map.of("email", email), null);
		String link = mailbox().latestLink(email, "password-reset");
		transactions.run(com.growthhub.platform.tenancy.TenantScope.anonymous(),
				() -> jdbc.sql("update password_reset_tokens set expires_at = now() - interval '1 second'").update());
		assertThat(api().post("/api/v1/auth/reset-password",
				Map.of("token", link.substring(link.indexOf("token=") + 6), "newPassword", "a fresh long passphrase"), null)
			.status()).isEqualTo(400);
	}

	@Test
	void forgotPasswordAnswersTheSameForUnknownAddresses() {
		ApiClient.Response answer = api().post("/api/v1/auth/forgot-password", Map.of("email", uniqueEmail("ghost")), null);
		assertThat(answer.status()).isEqualTo(202);
	}

	@Test
	void weakAndCommonPasswordsAreRefused() {
		String email = uniqueEmail("weak");
		for (String password : new String[] { "short", "password123", "x".repeat(129) }) {
			ApiClient.Response answer = api().post("/api/v1/auth/register", Map.of("email", email, "password", password,
					"firstName", "A", "lastName", "B", "organizationName", "Org"), null);
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
		}
	}
}
