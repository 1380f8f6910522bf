package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.growthhub.identity.internal.AuthenticationFailedException;
import com.growthhub.identity.internal.ClientInfo;
import com.growthhub.identity.internal.SignIn;
import com.growthhub.platform.security.Throttle;

@TestPropertySource(properties = { "growthhub.identity.ip-limit=3", "growthhub.identity.account-limit=4" })
class ThrottlingIntegrationTests extends IdentityTestSupport {

	@Autowired
	Throttle throttle;

	@Autowired
	SignIn signIn;

	@Test
	void strangersFailingFromManyAddressesCannotLockTheOwnerOutButMakeThePasswordAloneNotEnough() {
		String email = uniqueEmail("target");
		forgetThisMachine();
		registerVerified(email);
		forgetThisMachine();
		for (int i = 1; i <= 10; i++) {
			ClientInfo attacker = new ClientInfo("198.51.100." + i, "bot", null);
			assertThatThrownBy(() -> signIn.withPassword(email, "guess number " + attacker.ipAddress(), attacker))
				.isInstanceOf(AuthenticationFailedException.class);
		}
		ClientInfo owner = new ClientInfo("203.0.113.50", "browser", null);
		assertThat(signIn.withPassword(email, PASSWORD, owner))
			.as("the owner's right password from their own address still works, with a second factor")
			.isInstanceOf(SignIn.Outcome.SecondStepRequired.class);
	}

	@Test
	void oneAddressFailingTooOftenIsRefusedEvenTheRightPasswordUntilTheWindowEnds() {
		String email = uniqueEmail("guessed");
		forgetThisMachine();
		registerVerified(email);
		forgetThisMachine();
		ClientInfo attacker = new ClientInfo("198.51.100.77", "bot", null);
		for (int i = 1; i <= 4; i++) {
			String guess = "guess number " + i;
			// This class allows fewer attempts per address (3) than failures per account and address (4).
			throttle.reset("sign-in:ip:198.51.100.77");
			assertThatThrownBy(() -> signIn.withPassword(email, guess, attacker))
				.isInstanceOf(AuthenticationFailedException.class);
		}
		throttle.reset("sign-in:ip:198.51.100.77");
		assertThatThrownBy(() -> signIn.withPassword(email, PASSWORD, attacker))
			.as("the right password from the address that guessed, while it is locked")
			.isInstanceOf(AuthenticationFailedException.class)
			.hasMessage(AuthenticationFailedException.invalidCredentials().getMessage());

		jdbc.sql("update rate_limits set window_started_at = window_started_at - interval '16 minutes' where key = ?")
			.param("sign-in:failures:" + email.toLowerCase(java.util.Locale.ROOT) + ":198.51.100.77")
			.update();
		throttle.reset("sign-in:ip:198.51.100.77");
		assertThat(signIn.withPassword(email, PASSWORD, attacker)).as("after the window")
			.isInstanceOf(SignIn.Outcome.SecondStepRequired.class);
	}

	/** This class allows 3 attempts per address: setting up an account takes more than that. */
	private void forgetThisMachine() {
		jdbc.sql("delete from rate_limits where key like '%:ip:127.0.0.1'").update();
	}

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
