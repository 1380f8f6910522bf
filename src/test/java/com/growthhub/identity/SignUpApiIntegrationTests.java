package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SignUpApiIntegrationTests extends IdentityTestSupport {

	@Test
	void registersVerifiesAndSignsInWithANewDeviceCode() {
		String email = uniqueEmail("ada");
		register(email);

		ApiClient.Response unverified = api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
		assertThat(unverified.status()).isEqualTo(403);
		assertThat(unverified.text("code")).isEqualTo("email_not_verified");

		String code = mailbox().latestCode(email, "verify-email");
		assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status())
			.isEqualTo(200);

		ApiClient.Response login = api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
		assertThat(login.body().path("mfaRequired").asBoolean()).isTrue();
		assertThat(login.text("method")).isEqualTo("email");

		String signInCode = mailbox().latestCode(email, "sign-in-code");
		ApiClient.Response tokens = api().post("/api/v1/auth/mfa/verify",
				Map.of("challengeId", login.text("challengeId"), "code", signInCode), null);
		assertThat(tokens.status()).isEqualTo(200);
		assertThat(tokens.text("accessToken")).isNotBlank();
		assertThat(tokens.text("refreshToken")).startsWith("ghr_");
		assertThat(tokens.body().path("expiresIn").asLong()).isEqualTo(900);

		ApiClient.Response me = api().get("/api/v1/me", tokens.text("accessToken"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo(email);
		assertThat(me.text("role")).isEqualTo("owner");

		// The device is now known: no second step next time.
		assertThat(signInAgain(email, tokens.text("deviceToken")).body().has("mfaRequired")).isFalse();
	}
}
