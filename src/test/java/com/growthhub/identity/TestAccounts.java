package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.growthhub.messaging.TestMailbox;

/**
 * Accounts made through the API, with the codes and links read from the outbox: the one implementation behind
 * {@link IdentityTestSupport} and the browser tests' support.
 */
public record TestAccounts(ApiClient api, TestMailbox mailbox) {

	/** Registers Ada Lovelace with an account owning a fresh organization; it still has to verify its address. */
	public ApiClient.Response register(String email) {
		return register(email, "Ada", "Lovelace");
	}

	/** Registers a person with an account owning a fresh organization; it still has to verify its address. */
	public ApiClient.Response register(String email, String firstName, String lastName) {
		ApiClient.Response registered = api.post("/api/v1/auth/register", Map.of("email", email, "password",
				IdentityTestSupport.PASSWORD, "firstName", firstName, "lastName", lastName, "organizationName", "Org of " + email),
				null);
		assertThat(registered.status()).isEqualTo(201);
		return registered;
	}

	/** A verified account of Ada Lovelace owning a fresh organization. */
	public void registerVerified(String email) {
		registerVerified(email, "Ada", "Lovelace");
	}

	/** A verified account owning a fresh organization. */
	public void registerVerified(String email, String firstName, String lastName) {
		register(email, firstName, lastName);
		String code = mailbox.latestCode(email, "verify-email");
		assertThat(api.post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status())
			.isEqualTo(200);
	}

	/** Signs in through the emailed second step and returns the login answer with tokens. */
	public ApiClient.Response signIn(String email) {
		ApiClient.Response login = api.post("/api/v1/auth/login", Map.of("email", email, "password",
				IdentityTestSupport.PASSWORD), null);
		assertThat(login.status()).isEqualTo(200);
		if (!login.body().path("mfaRequired").asBoolean(false)) {
			return login;
		}
		String code = mailbox.latestCode(email, "sign-in-code");
		ApiClient.Response verified = api.post("/api/v1/auth/mfa/verify",
				Map.of("challengeId", login.text("challengeId"), "code", code), null);
		assertThat(verified.status()).isEqualTo(200);
		return verified;
	}

	public String accessToken(String email) {
		return signIn(email).text("accessToken");
	}

	/** Invites {@code email} into the organization of {@code adminAccess} with a role, and accepts as that person. */
	public void invite(String adminAccess, String email, String role) {
		assertThat(api.post("/api/v1/invitations", Map.of("email", email, "role", role), adminAccess).status())
			.isEqualTo(201);
		String link = mailbox.latestLink(email, "invitation");
		assertThat(api.post("/api/v1/auth/invitations/accept", Map.of("token", link.substring(link.lastIndexOf('/') + 1),
				"firstName", "Max", "lastName", "Member", "password", IdentityTestSupport.PASSWORD), null).status())
			.isEqualTo(201);
	}

	/**
	 * Makes the organization of {@code access} require only these standard contact fields, for tests about other
	 * fields (sorting blanks, search) whose people carry just what the test looks at.
	 */
	public void requireOnly(String access, String... contactFields) {
		assertThat(api.exchange("PATCH", "/api/v1/organization", Map.of("requiredFields", List.of(contactFields)), access,
				Map.of()).status()).isEqualTo(200);
	}
}
