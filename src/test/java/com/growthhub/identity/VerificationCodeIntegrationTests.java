package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class VerificationCodeIntegrationTests extends IdentityTestSupport {

	@Test
	void fiveWrongCodesInvalidateTheCode() {
		String email = uniqueEmail("wrong");
		register(email);
		String code = mailbox().latestCode(email, "verify-email");
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int attempt = 1; attempt <= 5; attempt++) {
			ApiClient.Response answer = api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", wrong), null);
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.body().path("attemptsLeft").asInt()).isEqualTo(5 - attempt);
		}
		ApiClient.Response right = api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null);
		assertThat(right.status()).isEqualTo(400);
		assertThat(right.text("detail")).contains("expired or was already used");
	}

	@Test
	void anExpiredCodeIsRefused() {
		String email = uniqueEmail("expired");
		register(email);
		String code = mailbox().latestCode(email, "verify-email");
		transactions.run(com.growthhub.platform.tenancy.TenantScope.anonymous(), () -> jdbc.sql("""
				update one_time_codes set expires_at = now() - interval '1 second'
				where user_id = (select id from users where email = ?)
				""").param(email).update());
		ApiClient.Response answer = api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null);
		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.headers().getContentType().toString()).isEqualTo("application/problem+json");
	}

	@Test
	void aUsedCodeCannotBeUsedAgain() {
		String email = uniqueEmail("reused");
		register(email);
		String code = mailbox().latestCode(email, "verify-email");
		assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status()).isEqualTo(400);
	}

	@Test
	void atMostThreeCodesAreSentPerQuarterHour() {
		String email = uniqueEmail("resend");
		register(email);
		assertThat(api().post("/api/v1/auth/resend-code", Map.of("email", email), null).status()).isEqualTo(202);
		assertThat(api().post("/api/v1/auth/resend-code", Map.of("email", email), null).status()).isEqualTo(202);
		ApiClient.Response fourth = api().post("/api/v1/auth/resend-code", Map.of("email", email), null);
		assertThat(fourth.status()).isEqualTo(429);
		assertThat(Long.parseLong(fourth.headers().getFirst("Retry-After"))).isBetween(1L, 900L);
		assertThat(mailbox().count(email, "verify-email")).isEqualTo(3);
	}

	@Test
	void aNewCodeReplacesThePreviousOne() {
		String email = uniqueEmail("replaced");
		register(email);
		String first = mailbox().latestCode(email, "verify-email");
		api().post("/api/v1/auth/resend-code", Map.of("email", email), null);
		String second = mailbox().latestCode(email, "verify-email");
		if (!first.equals(second)) {
			assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", first), null).status())
				.isEqualTo(400);
		}
		assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", second), null).status())
			.isEqualTo(200);
	}

	@Test
	void resendingForAnUnknownAddressLooksTheSame() {
		assertThat(api().post("/api/v1/auth/resend-code", Map.of("email", uniqueEmail("nobody")), null).status())
			.isEqualTo(202);
	}
}
