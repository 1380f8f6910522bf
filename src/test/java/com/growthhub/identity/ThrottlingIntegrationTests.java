package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.growthhub.platform.security.Throttle;

@TestPropertySource(properties = "growthhub.identity.ip-limit=3")
class ThrottlingIntegrationTests extends IdentityTestSupport {

	@Autowired
	Throttle throttle;

	@Test
	void signInIsLimitedPerAddressWithRetryAfter() {
		throttle.reset("sign-in:ip:127.0.0.1");
		for (int i = 0; i < 3; i++) {
			assertThat(api().post("/api/v1/auth/login", Map.of("email", uniqueEmail("t"), "password", "whatever-at-all"), null)
				.status()).isEqualTo(401);
		}
		ApiClient.Response limited = api().post("/api/v1/auth/login",
				Map.of("email", uniqueEmail("t"), "password", "whatever-at-all"), null);
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Long.parseLong(limited.headers().getFirst("Retry-After"))).isBetween(1L, 900L);
		assertThat(limited.body().path("retryAfterSeconds").asLong()).isPositive();
		throttle.reset("sign-in:ip:127.0.0.1");
	}

	@Test
	void forgotPasswordIsLimitedPerAddress() {
		throttle.reset("forgot-password:ip:127.0.0.1");
		for (int i = 0; i < 3; i++) {
			api().post("/api/v1/auth/forgot-password", Map.of("email", uniqueEmail("f")), null);
		}
		assertThat(api().post("/api/v1/auth/forgot-password", Map.of("email", uniqueEmail("f")), null).status())
			.isEqualTo(429);
		throttle.reset("forgot-password:ip:127.0.0.1");
	}
}
