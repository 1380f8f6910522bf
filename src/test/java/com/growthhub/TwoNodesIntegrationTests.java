package com.growthhub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.Notifications;
import com.growthhub.platform.database.EmbeddedPostgres;
import com.growthhub.platform.database.SharedTestDatabase;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/** A second, independent node on the same database: whatever one node issues, the other honours. */
class TwoNodesIntegrationTests extends IdentityTestSupport {

	private static ConfigurableApplicationContext secondNode;

	@Autowired
	Notifications notifications;

	@BeforeAll
	static void startSecondNode() {
		EmbeddedPostgres postgres = SharedTestDatabase.get();
		secondNode = new SpringApplicationBuilder(GrowthHubApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + postgres.jdbcUrl(), "--spring.datasource.username=" + postgres.username(),
				"--spring.datasource.password=" + postgres.password(), "--growthhub.demo-data=false",
				"--growthhub.identity.ip-limit=100000", "--management.server.port=-1");
	}

	@AfterAll
	static void stopSecondNode() {
		if (secondNode != null) {
			secondNode.close();
		}
	}

	private static ApiClient secondApi() {
		return new ApiClient(((WebServerApplicationContext) secondNode).getWebServer().getPort());
	}

	@Test
	void tokensIssuedOnOneNodeWorkOnTheOther() {
		String email = uniqueEmail("nodes");
		registerVerified(email);
		ApiClient.Response login = signIn(email);

		ApiClient.Response me = secondApi().get("/api/v1/me", login.text("accessToken"));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text("email")).isEqualTo(email);

		ApiClient.Response refreshed = secondApi().post("/api/v1/auth/refresh",
				Map.of("refreshToken", login.text("refreshToken")), null);
		assertThat(refreshed.status()).isEqualTo(200);
		ApiClient.Response again = api().post("/api/v1/auth/refresh", Map.of("refreshToken", refreshed.text("refreshToken")),
				null);
		assertThat(again.status()).as("the successor rotates on the first node").isEqualTo(200);
		// Reuse detection is shared too: the first token, replayed once its successor was used, kills the session.
		assertThat(api().post("/api/v1/auth/refresh", Map.of("refreshToken", login.text("refreshToken")), null).status())
			.isEqualTo(401);
		assertThat(api().get("/api/v1/me", again.text("accessToken")).status()).isEqualTo(401);
	}

	@Test
	void aBrowserSessionStartedOnOneNodeWorksOnTheOther() throws Exception {
		String email = uniqueEmail("nodes-browser");
		registerVerified(email);
		BrowserSession browser = new BrowserSession(port);
		String loginPage = browser.get("/login").body();
		browser.post("/login", Map.of("email", email, "password", PASSWORD, "_csrf", BrowserSession.csrf(loginPage)));
		String codePage = browser.get("/login/verify").body();
		String code = mailbox().latestCode(email, "sign-in-code");
		assertThat(browser.post("/login/verify", Map.of("code", code, "_csrf", BrowserSession.csrf(codePage))).headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));

		BrowserSession sameCookieOnSecondNode = browser.on(((WebServerApplicationContext) secondNode).getWebServer().getPort());
		var dashboard = sameCookieOnSecondNode.get("/");
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Org of " + email);
	}

	@Test
	void aSignOutOnOneNodeEndsTheSessionOnTheOther() {
		String email = uniqueEmail("nodes-out");
		registerVerified(email);
		String access = accessToken(email);
		assertThat(secondApi().get("/api/v1/me", access).status()).isEqualTo(200);
		assertThat(api().post("/api/v1/auth/logout", null, access).status()).isEqualTo(204);
		assertThat(secondApi().get("/api/v1/me", access).status()).isEqualTo(401);
	}

	@Test
	void aNotificationMadeOnOneNodeReachesAStreamOnTheOther() throws Exception {
		String email = uniqueEmail("nodes-bell");
		registerVerified(email);
		String access = accessToken(email);
		ApiClient.Response me = api().get("/api/v1/me", access);
		OrganizationId organization = OrganizationId.of(UUID.fromString(me.text("organizationId")));
		UUID user = UUID.fromString(me.text("id"));
		int secondPort = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
		try (SseTestClient stream = SseTestClient.open("http://localhost:" + secondPort + "/api/v1/notifications/stream",
				Map.of("Authorization", "Bearer " + access))) {
			assertThat(stream.next("unread", Duration.ofSeconds(5)).data()).isEqualTo("{\"unread\":0}");
			transactions.run(TenantScope.organization(organization, new Actor.Job("test")),
					() -> notifications.send(organization, List.of(new Notifications.Recipient(user, email)),
							new NotificationType("plug_submitted"), "A plug was submitted", "", "/contacts"));
			assertThat(stream.next("unread", Duration.ofSeconds(5)).data()).isEqualTo("{\"unread\":1}");
		}
	}
}
