package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

class TenantIsolationIntegrationTests extends IdentityTestSupport {

	private String aliceAccess;
	private String bobAccess;
	private UUID aliceOrganization;
	private UUID bobOrganization;

	@BeforeEach
	void twoOrganizations() {
		String alice = uniqueEmail("alice");
		String bob = uniqueEmail("bob");
		registerVerified(alice);
		registerVerified(bob);
		aliceAccess = accessToken(alice);
		bobAccess = accessToken(bob);
		aliceOrganization = UUID.fromString(api().get("/api/v1/organization", aliceAccess).text("id"));
		bobOrganization = UUID.fromString(api().get("/api/v1/organization", bobAccess).text("id"));
		api().post("/api/v1/invitations", Map.of("email", uniqueEmail("alices-hire"), "role", "member"), aliceAccess);
		api().post("/api/v1/invitations", Map.of("email", uniqueEmail("bobs-hire"), "role", "member"), bobAccess);
	}

	@Test
	void invitationsMembersSessionsAndTokensAnswerByIdToTheirOwnersOnly() {
		String invitation = api().get("/api/v1/invitations", aliceAccess).body().path("items").get(0).path("id").asString();
		String membership = api().get("/api/v1/members", aliceAccess).body().path("items").get(0).path("membershipId").asString();
		String session = api().get("/api/v1/sessions", aliceAccess).body().path("items").get(0).path("id").asString();
		String token = api().post("/api/v1/api-tokens", Map.of("name", "alice"), aliceAccess).body().path("token").path("id").asString();
		for (String path : List.of("/api/v1/invitations/" + invitation, "/api/v1/members/" + membership,
				"/api/v1/sessions/" + session, "/api/v1/api-tokens/" + token)) {
			ApiClient.Response own = api().get(path, aliceAccess);
			assertThat(own.status()).as(path).isEqualTo(200);
			assertThat(own.body().toString()).as(path).contains(path.substring(path.lastIndexOf('/') + 1));
			ApiClient.Response other = api().get(path, bobAccess);
			assertThat(other.status()).as(path).isEqualTo(404);
			assertThat(other.headers().getContentType()).as(path).hasToString("application/problem+json");
		}
	}

	@Test
	void anotherOrganizationsIdsAnswerNotFound() {
		String invitation = api().get("/api/v1/invitations", aliceAccess).body().path("items").get(0).path("id").asString();
		String membership = api().get("/api/v1/members", aliceAccess).body().path("items").get(0).path("membershipId").asString();
		String session = api().get("/api/v1/sessions", aliceAccess).body().path("items").get(0).path("id").asString();
		String token = api().post("/api/v1/api-tokens", Map.of("name", "alice"), aliceAccess).body().path("token").path("id").asString();

		List<ApiClient.Response> answers = List.of(
				api().exchange("DELETE", "/api/v1/invitations/" + invitation, null, bobAccess, Map.of()),
				api().exchange("PATCH", "/api/v1/members/" + membership, Map.of("role", "member"), bobAccess, Map.of()),
				api().exchange("DELETE", "/api/v1/members/" + membership, null, bobAccess, Map.of()),
				api().exchange("DELETE", "/api/v1/sessions/" + session, null, bobAccess, Map.of()),
				api().exchange("DELETE", "/api/v1/api-tokens/" + token, null, bobAccess, Map.of()),
				api().exchange("GET", "/api/v1/organization", null, bobAccess,
						Map.of("X-Organization-Id", aliceOrganization.toString())));
		ApiClient.Response unknown = api().exchange("DELETE", "/api/v1/invitations/" + UUID.randomUUID(), null, bobAccess,
				Map.of());
		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.headers().getContentType().toString()).isEqualTo("application/problem+json");
		});
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(answers.get(0).text("detail")).isEqualTo(unknown.text("detail"));
		assertThat(api().get("/api/v1/invitations", aliceAccess).body().path("items").get(0).path("status").asString())
			.isEqualTo("pending");
	}

	@Test
	void rowLevelSecurityHidesOtherOrganizationsFromUnfilteredQueries() {
		TenantScope alice = TenantScope.organization(OrganizationId.of(aliceOrganization), new Actor.Job("test"));
		List<UUID> visible = transactions.call(alice,
				() -> jdbc.sql("select distinct organization_id from invitations").query(UUID.class).list());
		assertThat(visible).containsExactly(aliceOrganization);
		List<UUID> members = transactions.call(alice,
				() -> jdbc.sql("select distinct organization_id from memberships").query(UUID.class).list());
		assertThat(members).containsExactly(aliceOrganization);
		List<UUID> audit = transactions.call(alice,
				() -> jdbc.sql("select distinct organization_id from audit_events").query(UUID.class).list());
		assertThat(audit).containsExactly(aliceOrganization);

		int anonymous = transactions.call(TenantScope.anonymous(),
				() -> jdbc.sql("select count(*) from invitations").query(Integer.class).single());
		assertThat(anonymous).isZero();
		int outsideTransaction = jdbc.sql("select count(*) from memberships").query(Integer.class).single();
		assertThat(outsideTransaction).isZero();
	}

	@Test
	void rowLevelSecurityRefusesWritesIntoAnotherOrganization() {
		TenantScope alice = TenantScope.organization(OrganizationId.of(aliceOrganization), new Actor.Job("test"));
		assertThatThrownBy(() -> transactions.run(alice, () -> jdbc.sql("""
				insert into invitations (id, organization_id, email, role, token_hash, invited_by, expires_at)
				values (gen_random_uuid(), ?, 'x@example.com', 'MEMBER', md5(random()::text), gen_random_uuid(), now())
				""").param(bobOrganization).update())).rootCause().hasMessageContaining("row-level security");
		int changed = transactions.call(alice,
				() -> jdbc.sql("update organizations set name = 'pwned' where id = ?").param(bobOrganization).update());
		assertThat(changed).isZero();
	}
}
