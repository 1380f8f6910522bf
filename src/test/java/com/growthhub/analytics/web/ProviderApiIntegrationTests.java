package com.growthhub.analytics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.growthhub.analytics.internal.commissions.CommissionFixtures;
import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;

/**
 * The provider, commission-rule and procedure-code endpoints share one shape: 201 with a Location on create, PATCH
 * keeps what it is not given, 204 on delete, keyset pages, 403 for members where managers are needed, 404 for another
 * organization's ids and a 400 problem for malformed JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderApiIntegrationTests extends IdentityTestSupport {

	String owner;
	String member;
	String stranger;

	@BeforeAll
	void team() {
		String ownerEmail = uniqueEmail("provider-api-owner");
		registerVerified(ownerEmail);
		owner = accessToken(ownerEmail);
		member = invitedMember(owner, "member");
		String strangerEmail = uniqueEmail("provider-api-stranger");
		registerVerified(strangerEmail);
		stranger = accessToken(strangerEmail);
	}

	private ApiClient.Response createProvider(String token, String name) {
		return api().post("/api/v1/providers", Map.of("name", name, "role", "nurse"), token);
	}

	private ApiClient.Response createRule(String provider, int percentBp) {
		return api().post("/api/v1/commission-rules", Map.of("providerId", provider, "validFrom", "2026-01-01", "rule",
				Map.of("type", "percent", "percentBp", percentBp)), owner);
	}

	@Test
	void providersAreCreatedPatchedPagedAndDeleted() {
		String name = "Nurse " + UUID.randomUUID();
		ApiClient.Response created = createProvider(owner, name);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.headers().getLocation()).hasToString("/api/v1/providers/" + id);
		assertThat(created.body().path("active").asBoolean()).isTrue();

		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/providers/" + id, Map.of("active", false), owner,
				Map.of());
		assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);
		assertThat(patched.text("name")).isEqualTo(name);
		assertThat(patched.text("role")).isEqualTo("nurse");
		assertThat(patched.body().path("active").asBoolean()).isFalse();

		assertThat(createProvider(owner, "Nurse " + UUID.randomUUID()).status()).isEqualTo(201);
		ApiClient.Response first = api().get("/api/v1/providers?limit=1", owner);
		String cursor = first.text("nextCursor");
		assertThat(cursor).isNotBlank();
		ApiClient.Response second = api().get("/api/v1/providers?limit=1&cursor=" + cursor, owner);
		assertThat(second.body().path("items")).hasSize(1);
		assertThat(second.body().path("items").get(0).path("id").asString())
			.isNotEqualTo(first.body().path("items").get(0).path("id").asString());
		assertProblem(api().get("/api/v1/providers?cursor=garbage", owner), 400);

		ApiClient.Response deleted = api().exchange("DELETE", "/api/v1/providers/" + id, null, owner, Map.of());
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(deleted.body().isEmpty()).isTrue();
		assertProblem(api().get("/api/v1/providers/" + id, owner), 404);
	}

	@Test
	void rulesAreCreatedPatchedPagedByProviderAndDeleted() {
		String provider = createProvider(owner, "Injector " + UUID.randomUUID()).text("id");
		ApiClient.Response created = createRule(provider, 500);
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.headers().getLocation()).hasToString("/api/v1/commission-rules/" + id);

		ApiClient.Response patched = api().exchange("PATCH", "/api/v1/commission-rules/" + id,
				Map.of("validTo", "2026-12-31"), owner, Map.of());
		assertThat(patched.status()).as(patched.body().toString()).isEqualTo(200);
		assertThat(patched.text("providerId")).isEqualTo(provider);
		assertThat(patched.text("validFrom")).isEqualTo("2026-01-01");
		assertThat(patched.text("validTo")).isEqualTo("2026-12-31");
		assertThat(patched.body().path("rule").path("percentBp").asInt()).isEqualTo(500);

		String newer = createRule(provider, 700).text("id");
		ApiClient.Response first = api().get("/api/v1/commission-rules?providerId=" + provider + "&limit=1", owner);
		assertThat(first.body().path("items").get(0).path("id").asString()).isEqualTo(newer);
		ApiClient.Response second = api().get(
				"/api/v1/commission-rules?providerId=" + provider + "&limit=1&cursor=" + first.text("nextCursor"), owner);
		assertThat(second.body().path("items").get(0).path("id").asString()).isEqualTo(id);
		assertThat(second.body().has("nextCursor")).isFalse();

		assertThat(api().exchange("DELETE", "/api/v1/commission-rules/" + id, null, owner, Map.of()).status())
			.isEqualTo(204);
		assertProblem(api().get("/api/v1/commission-rules/" + id, owner), 404);
	}

	@Test
	void aProviderWhoEarnedIsNotDeleted() {
		String earner = CommissionFixtures.paidCommission(api(), owner, 10_000);

		assertProblem(api().exchange("DELETE", "/api/v1/providers/" + earner, null, owner, Map.of()), 409);
		assertThat(api().get("/api/v1/providers/" + earner, owner).status()).isEqualTo(200);
	}

	@Test
	void membersSeeProvidersButChangeNothingAndSeeNoRules() {
		String provider = createProvider(owner, "Consultant " + UUID.randomUUID()).text("id");
		String rule = createRule(provider, 300).text("id");

		assertThat(api().get("/api/v1/providers", member).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/providers/" + provider, member).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/procedure-codes", member).status()).isEqualTo(200);
		assertProblem(createProvider(member, "Not mine to add"), 403);
		assertProblem(api().exchange("PATCH", "/api/v1/providers/" + provider, Map.of("name", "Renamed"), member,
				Map.of()), 403);
		assertProblem(api().exchange("DELETE", "/api/v1/providers/" + provider, null, member, Map.of()), 403);
		assertProblem(api().get("/api/v1/commission-rules", member), 403);
		assertProblem(api().get("/api/v1/commission-rules/" + rule, member), 403);
		assertProblem(api().post("/api/v1/commission-rules", Map.of("providerId", provider, "validFrom", "2026-01-01",
				"rule", Map.of("type", "percent", "percentBp", 100)), member), 403);
		assertProblem(api().exchange("PATCH", "/api/v1/commission-rules/" + rule, Map.of("validTo", "2026-02-01"),
				member, Map.of()), 403);
		assertProblem(api().exchange("DELETE", "/api/v1/commission-rules/" + rule, null, member, Map.of()), 403);
		assertProblem(api().post("/api/v1/procedure-codes", Map.of("code", "MEMBERS"), member), 403);

		assertThat(api().get("/api/v1/providers/" + provider, owner).text("name")).startsWith("Consultant ");
		assertThat(api().get("/api/v1/commission-rules/" + rule, owner).status()).isEqualTo(200);
	}

	@Test
	void anotherOrganizationsProvidersAndRulesAreNotFound() {
		String provider = createProvider(owner, "Rep " + UUID.randomUUID()).text("id");
		String rule = createRule(provider, 200).text("id");

		assertProblem(api().exchange("DELETE", "/api/v1/providers/" + provider, null, stranger, Map.of()), 404);
		assertProblem(api().exchange("PATCH", "/api/v1/commission-rules/" + rule, Map.of("validTo", "2026-02-01"),
				stranger, Map.of()), 404);
		assertThat(api().get("/api/v1/commission-rules?providerId=" + provider, stranger).body().path("items")).isEmpty();
		assertThat(api().get("/api/v1/providers/" + provider, owner).status()).isEqualTo(200);
		assertThat(api().get("/api/v1/commission-rules/" + rule, owner).body().has("validTo")).isFalse();
	}

	@Test
	void malformedJsonIsA400Problem() {
		String provider = createProvider(owner, "Surgeon " + UUID.randomUUID()).text("id");
		String rule = createRule(provider, 100).text("id");
		String broken = "{\"name\": ";

		for (ApiClient.Response answer : List.of(api().post("/api/v1/providers", broken, owner),
				api().exchange("PATCH", "/api/v1/providers/" + provider, broken, owner, Map.of()),
				api().post("/api/v1/commission-rules", broken, owner),
				api().exchange("PATCH", "/api/v1/commission-rules/" + rule, broken, owner, Map.of()),
				api().post("/api/v1/procedure-codes", broken, owner))) {
			assertProblem(answer, 400);
			assertThat(answer.text("detail")).contains("not valid JSON");
		}
	}

	private static void assertProblem(ApiClient.Response answer, int status) {
		assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
		assertThat(answer.headers().getContentType()).isNotNull();
		assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
		assertThat(answer.text("title")).isNotBlank();
	}
}
