package com.growthhub.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserSession;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.onboarding.internal.OnboardingReminders;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

/** Seed 001's token lifecycle, each state and each refusal: created, validated, consumed, revoked, expired. */
class OnboardingTokenLifecycleIntegrationTests extends IdentityTestSupport {

	@Autowired
	OnboardingReminders reminders;

	String agency;
	String contact;
	OnboardingFixtures fixtures;

	@BeforeEach
	void anAgencyWithAClient() {
		String owner = uniqueEmail("agency");
		registerVerified(owner);
		agency = accessToken(owner);
		contact = uniqueEmail("dana");
		fixtures = new OnboardingFixtures(api(), mailbox());
		fixtures.createClient(agency, contact);
	}

	@Test
	void anActiveLinkOpensTheWizardUntilStepOneConsumesIt() {
		String token = fixtures.emailedToken(contact, "onboarding-invite");
		ApiClient.Response opened = api().get("/api/v1/public/onboarding/" + token, null);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(opened.text("currentStep")).isEqualTo("profile");
		assertThat(opened.body().path("steps").size()).isEqualTo(8);
		assertThat(stored(token)).as("only the hash is stored").isZero();

		ApiClient.Response services = api().post("/api/v1/public/onboarding/" + token + "/steps/services",
				Map.of("services", java.util.List.of("seo")), null);
		assertThat(services.status()).as(services.body().toString()).isEqualTo(200);
		assertThat(api().post("/api/v1/public/onboarding/" + token + "/steps/profile", Map.of("name", "Dana"), null)
			.status()).as("the profile step is saved by activate").isEqualTo(409);

		ApiClient.Response weak = api().post("/api/v1/public/onboarding/" + token + "/activate",
				Map.of("password", "short"), null);
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.body().toString()).contains("password");
		assertThat(api().get("/api/v1/public/onboarding/" + token, null).status())
			.as("a refused password leaves the link usable").isEqualTo(200);

		String clientAccess = fixtures.activate(token);
		ApiClient.Response mine = api().get("/api/v1/onboarding/me", clientAccess);
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.text("currentStep")).as("profile and services done: resumes at brand").isEqualTo("brand");
		assertThat(mine.body().path("activatedAt").isMissingNode()).isFalse();

		ApiClient.Response used = api().get("/api/v1/public/onboarding/" + token, null);
		assertThat(used.status()).isEqualTo(410);
		assertThat(used.text("state")).isEqualTo("consumed");
		assertThat(api().post("/api/v1/public/onboarding/" + token + "/activate",
				Map.of("password", PASSWORD), null).status()).isEqualTo(410);
		String clientId = mine.text("id");
		assertThat(api().post("/api/v1/onboarding/clients/" + clientId + "/invitation", null, agency).status())
			.as("an activated client signs in instead").isEqualTo(409);
	}

	@Test
	void aNewLinkRevokesTheOldOneAndLinksExpire() {
		String first = fixtures.emailedToken(contact, "onboarding-invite");
		String clientId = api().get("/api/v1/public/onboarding/" + first, null).text("id");

		ApiClient.Response resent = api().post("/api/v1/onboarding/clients/" + clientId + "/invitation", null, agency);
		assertThat(resent.status()).as(resent.body().toString()).isEqualTo(200);
		assertThat(resent.text("linkState")).isEqualTo("active");
		String second = fixtures.emailedToken(contact, "onboarding-invite");
		assertThat(second).isNotEqualTo(first);

		ApiClient.Response revoked = api().get("/api/v1/public/onboarding/" + first, null);
		assertThat(revoked.status()).isEqualTo(410);
		assertThat(revoked.text("state")).isEqualTo("revoked");
		assertThat(api().get("/api/v1/public/onboarding/" + second, null).status()).isEqualTo(200);

		expire(second, "now() - interval '1 second'");
		ApiClient.Response expired = api().get("/api/v1/public/onboarding/" + second, null);
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.text("state")).isEqualTo("expired");
		assertThat(api().post("/api/v1/public/onboarding/" + second + "/steps/brand", Map.of(), null).status())
			.isEqualTo(410);
		assertThat(api().get("/api/v1/onboarding/clients/" + clientId, agency).text("linkState")).isEqualTo("expired");

		ApiClient.Response unknown = api().get("/api/v1/public/onboarding/not-a-token", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.headers().getContentType().toString()).contains("problem+json");
	}

	@Test
	void aLinkThatCannotBeUsedAnswersAPageSayingWhy() throws Exception {
		String first = fixtures.emailedToken(contact, "onboarding-invite");
		String clientId = api().get("/api/v1/public/onboarding/" + first, null).text("id");
		BrowserSession browser = new BrowserSession(port);
		assertThat(browser.get("/onboarding/" + first).body()).contains("data-testid=\"onboarding-profile\"");

		api().post("/api/v1/onboarding/clients/" + clientId + "/invitation", null, agency);
		HttpResponse<String> revoked = browser.get("/onboarding/" + first);
		assertThat(revoked.statusCode()).isEqualTo(410);
		assertThat(revoked.body()).contains("data-state=\"revoked\"", "This link was replaced");

		String second = fixtures.emailedToken(contact, "onboarding-invite");
		expire(second, "now() - interval '1 second'");
		HttpResponse<String> expired = browser.get("/onboarding/" + second);
		assertThat(expired.statusCode()).isEqualTo(410);
		assertThat(expired.body()).contains("data-state=\"expired\"", "Ask your agency to send you a new link");
		String page = browser.get("/login").body();
		HttpResponse<String> posted = browser.post("/onboarding/" + second,
				Map.of("password", PASSWORD, "_csrf", BrowserSession.csrf(page)));
		assertThat(posted.statusCode()).as("setting a password through an expired link").isEqualTo(410);

		HttpResponse<String> unknown = browser.get("/onboarding/nothing-like-a-token");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("data-state=\"unknown\"");
	}

	@Test
	void aLinkAboutToExpireIsRemindedOnceWithAReplacementUntilTheSameTime() {
		String invited = fixtures.emailedToken(contact, "onboarding-invite");
		expire(invited, "now() + interval '1 day'");
		reminders.sendDue();
		assertThat(mailbox().count(contact, "onboarding-reminder")).isEqualTo(1);

		String reminded = fixtures.emailedToken(contact, "onboarding-reminder");
		assertThat(api().get("/api/v1/public/onboarding/" + reminded, null).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/public/onboarding/" + invited, null).text("state")).isEqualTo("revoked");
		assertThat(expiresAt(reminded)).isEqualTo(expiresAt(invited));

		reminders.sendDue();
		assertThat(mailbox().count(contact, "onboarding-reminder")).as("reminded once").isEqualTo(1);
	}

	private int stored(String token) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("select count(*) from onboarding_tokens where token_hash = ?").param(token)
					.query(Integer.class).single());
	}

	private void expire(String token, String when) {
		transactions.run(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("update onboarding_tokens set expires_at = " + when + " where token_hash = ?")
					.param(com.growthhub.platform.security.InstallationSecrets.sha256(token)).update());
	}

	private java.time.Instant expiresAt(String token) {
		return transactions.call(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("select expires_at from onboarding_tokens where token_hash = ?")
					.param(com.growthhub.platform.security.InstallationSecrets.sha256(token))
					.query(java.time.Instant.class).single());
	}
}
