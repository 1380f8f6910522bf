package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.BrowserSession;
import com.growthhub.messaging.TestMailbox;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Shared setup of API integration tests: a running app, an API client and the outbox as a mailbox. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IdentityTestSupport {

	public static final String PASSWORD = "correct horse battery";

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TenantTransactions transactions;

	protected ApiClient api() {
		return new ApiClient(port);
	}

	protected TestMailbox mailbox() {
		return new TestMailbox(jdbc, transactions);
	}

	public static String uniqueEmail(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	/** A verified account owning a fresh organization. */
	protected ApiClient.Response register(String email) {
		ApiClient.Response registered = api().post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD,
				"firstName", "Ada", "lastName", "Lovelace", "organizationName", "Org of " + email), null);
		assertThat(registered.status()).isEqualTo(201);
		return registered;
	}

	protected void registerVerified(String email) {
		register(email);
		String code = mailbox().latestCode(email, "verify-email");
		assertThat(api().post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status())
			.isEqualTo(200);
	}

	/** Signs in through the emailed second step and returns the login answer with tokens. */
	protected ApiClient.Response signIn(String email) {
		ApiClient.Response login = api().post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
		assertThat(login.status()).isEqualTo(200);
		if (!login.body().path("mfaRequired").asBoolean(false)) {
			return login;
		}
		String code = mailbox().latestCode(email, "sign-in-code");
		ApiClient.Response verified = api().post("/api/v1/auth/mfa/verify",
				Map.of("challengeId", login.text("challengeId"), "code", code), null);
		assertThat(verified.status()).isEqualTo(200);
		return verified;
	}

	/** A second sign-in from the device that completed the first one: no emailed code this time. */
	protected ApiClient.Response signInAgain(String email, String deviceToken) {
		ApiClient.Response login = api().exchange("POST", "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD),
				null, Map.of("X-Device-Token", deviceToken));
		assertThat(login.text("accessToken")).isNotBlank();
		return login;
	}

	protected String accessToken(String email) {
		return signIn(email).text("accessToken");
	}

	/** Invites a new person into the organization of {@code adminAccess} with a role; answers their access token. */
	protected String invitedMember(String adminAccess, String role) {
		String email = uniqueEmail(role);
		assertThat(api().post("/api/v1/invitations", Map.of("email", email, "role", role), adminAccess).status())
			.isEqualTo(201);
		String link = mailbox().latestLink(email, "invitation");
		assertThat(api().post("/api/v1/auth/invitations/accept", Map.of("token", link.substring(link.lastIndexOf('/') + 1),
				"firstName", "Max", "lastName", "Member", "password", PASSWORD), null).status()).isEqualTo(201);
		return accessToken(email);
	}

	/** A page session signed in through the login and code pages, as a browser without JavaScript would. */
	protected BrowserSession signedIn(String email) throws Exception {
		BrowserSession browser = new BrowserSession(port);
		String loginPage = browser.get("/login").body();
		browser.post("/login", Map.of("email", email, "password", PASSWORD, "_csrf", BrowserSession.csrf(loginPage)));
		String codePage = browser.get("/login/verify").body();
		String code = mailbox().latestCode(email, "sign-in-code");
		assertThat(browser.post("/login/verify", Map.of("code", code, "_csrf", BrowserSession.csrf(codePage))).headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
		return browser;
	}
}
