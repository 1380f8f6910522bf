package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.BrowserSession;

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

	@Test
	void refusesAnAddressWithoutADotInTheDomainAndABlankPasswordNamingBoth() {
		ApiClient.Response answer = api().post("/api/v1/auth/register", Map.of("email", "maya@bad", "password", "   ",
				"firstName", "Maya", "lastName", "Bad", "organizationName", "Bad Inc"), null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("email", "password");
		assertThat(api().post("/api/v1/auth/register", Map.of("email", "maya@bad.example", "password", "",
				"firstName", "Maya", "lastName", "Bad", "organizationName", "Bad Inc"), null).body().path("errors")
			.findValuesAsString("field")).containsExactly("password");
	}

	@Test
	void theSignUpFormNamesEveryBadFieldAtOnceAndKeepsWhatWasTyped() throws Exception {
		BrowserSession browser = new BrowserSession(port);
		String form = browser.get("/register").body();
		var refused = browser.post("/register", Map.of("email", "maya@bad", "password", "", "firstName", "Maya",
				"lastName", "", "organizationName", "Maya Studio", "_csrf", BrowserSession.csrf(form)));
		assertThat(refused.statusCode()).isEqualTo(200);
		String page = refused.body();
		assertThat(page).contains("value=\"maya@bad\"", "value=\"Maya Studio\"");
		assertThat(page.split("class=\"invalid-feedback\"", -1)).as("email, password and last name").hasSize(4);

		var shortPassword = browser.post("/register", Map.of("email", "maya@bad", "password", "short", "firstName", "Maya",
				"lastName", "Bad", "organizationName", "Maya Studio", "_csrf", BrowserSession.csrf(page)));
		assertThat(shortPassword.body()).contains("Use at least 10 characters");
		assertThat(shortPassword.body().split("class=\"invalid-feedback\"", -1)).as("email and password").hasSize(3);
	}
}
