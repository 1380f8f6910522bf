package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;

class SignInIntegrationTests extends IdentityTestSupport {

	@Test
	void aLockedAccountAnswersExactlyLikeAWrongPassword() {
		String email = uniqueEmail("locked");
		registerVerified(email);
		ApiClient.Response wrong = null;
		for (int i = 0; i < 10; i++) {
			wrong = api().post("/api/v1/auth/login", Map.of("email", email, "password", "not the password!"), null);
			assertThat(wrong.status()).isEqualTo(401);
		}
		ApiClient.Response locked = api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.body()).isEqualTo(wrong.body());
	}

	@Test
	void afterFiveFailuresEvenAKnownDeviceNeedsTheEmailedCode() {
		String email = uniqueEmail("failures");
		registerVerified(email);
		String device = signIn(email).text("deviceToken");
		for (int i = 0; i < 5; i++) {
			api().post("/api/v1/auth/login", Map.of("email", email, "password", "not the password!"), null);
		}
		ApiClient.Response login = api().exchange("POST", "/api/v1/auth/login",
				Map.of("email", email, "password", PASSWORD), null, Map.of("X-Device-Token", device));
		assertThat(login.body().path("mfaRequired").asBoolean()).isTrue();
		assertThat(login.text("method")).isEqualTo("email");
	}

	@Test
	void unknownAccountsAnswerLikeWrongPasswords() {
		ApiClient.Response answer = api().post("/api/v1/auth/login",
				Map.of("email", uniqueEmail("nobody"), "password", PASSWORD), null);
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.text("detail")).isEqualTo("Invalid email or password.");
	}

	@Test
	void anAuthenticatorAppBecomesTheSecondStep() throws Exception {
		String email = uniqueEmail("totp");
		registerVerified(email);
		ApiClient.Response session = signIn(email);
		String access = session.text("accessToken");
		ApiClient.Response setup = api().post("/api/v1/me/totp/setup", null, access);
		String secret = setup.text("secret");
		assertThat(setup.text("otpauthUri")).startsWith("otpauth://totp/");
		assertThat(setup.text("qrCodeDataUri")).startsWith("data:image/png;base64,");

		assertThat(api().post("/api/v1/me/totp", Map.of("secret", secret, "code", "000000"), access).status()).isEqualTo(400);
		assertThat(api().post("/api/v1/me/totp", Map.of("secret", secret, "code", totp(secret)), access).status())
			.isEqualTo(200);

		ApiClient.Response login = api().exchange("POST", "/api/v1/auth/login",
				Map.of("email", email, "password", PASSWORD), null, Map.of("X-Device-Token", session.text("deviceToken")));
		assertThat(login.text("method")).isEqualTo("authenticator");
		ApiClient.Response verified = api().post("/api/v1/auth/mfa/verify",
				Map.of("challengeId", login.text("challengeId"), "code", totp(secret)), null);
		assertThat(verified.status()).isEqualTo(200);
		assertThat(api().get("/api/v1/me", verified.text("accessToken")).body().path("totpEnabled").asBoolean()).isTrue();
	}

	@Test
	void aChallengeDiesAfterFiveWrongCodes() {
		String email = uniqueEmail("challenge");
		registerVerified(email);
		ApiClient.Response login = api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
		String code = mailbox().latestCode(email, "sign-in-code");
		String wrong = code.equals("123456") ? "654321" : "123456";
		for (int i = 0; i < 5; i++) {
			assertThat(api().post("/api/v1/auth/mfa/verify", Map.of("challengeId", login.text("challengeId"), "code", wrong),
					null).status()).isEqualTo(400);
		}
		assertThat(api().post("/api/v1/auth/mfa/verify", Map.of("challengeId", login.text("challengeId"), "code", code),
				null).status()).isEqualTo(400);
	}

	private static String totp(String secret) throws Exception {
		long step = new SystemTimeProvider().getTime() / 30;
		return new DefaultCodeGenerator().generate(secret, step);
	}
}
