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

	protected TestAccounts accounts() {
		return new TestAccounts(api(), mailbox());
	}

	/** A verified account owning a fresh organization. */
	protected ApiClient.Response register(String email) {
		return accounts().register(email);
	}

	protected void registerVerified(String email) {
		accounts().registerVerified(email);
	}

	/** Signs in through the emailed second step and returns the login answer with tokens. */
	protected ApiClient.Response signIn(String email) {
		return accounts().signIn(email);
	}

	/** A second sign-in from the device that completed the first one: no emailed code this time. */
	protected ApiClient.Response signInAgain(String email, String deviceToken) {
		ApiClient.Response login = api().exchange("POST", "/api/v1/auth/login", Map.of("email", email, "password", PASSWORD),
				null, Map.of("X-Device-Token", deviceToken));
		assertThat(login.text("accessToken")).isNotBlank();
		return login;
	}

	protected String accessToken(String email) {
		return accounts().accessToken(email);
	}

	/** Invites a new person into the organization of {@code adminAccess} with a role; answers their access token. */
	protected String invitedMember(String adminAccess, String role) {
		return invitedMember(adminAccess, uniqueEmail(role), role);
	}

	/** Invites {@code email} into the organization of {@code adminAccess} with a role; answers their access token. */
	protected String invitedMember(String adminAccess, String email, String role) {
		accounts().invite(adminAccess, email, role);
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
