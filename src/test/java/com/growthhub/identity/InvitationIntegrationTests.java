package com.growthhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

class InvitationIntegrationTests extends IdentityTestSupport {

	@Test
	void anInviteeSetsAPasswordAndJoinsWithTheRole() {
		String owner = uniqueEmail("owner");
		registerVerified(owner);
		String access = accessToken(owner);
		String invitee = uniqueEmail("invitee");
		ApiClient.Response invited = api().post("/api/v1/invitations", Map.of("email", invitee, "role", "manager"), access);
		assertThat(invited.status()).isEqualTo(201);
		assertThat(invited.text("status")).isEqualTo("pending");

		String token = token(invitee);
		ApiClient.Response preview = api().get("/api/v1/auth/invitations/preview?token=" + token, null);
		assertThat(preview.text("role")).isEqualTo("manager");
		assertThat(preview.body().path("hasAccount").asBoolean()).isFalse();

		ApiClient.Response accepted = api().post("/api/v1/auth/invitations/accept",
				Map.of("token", token, "firstName", "Grace", "lastName", "Hopper", "password", PASSWORD), null);
		assertThat(accepted.status()).isEqualTo(201);
		assertThat(api().post("/api/v1/auth/invitations/accept",
				Map.of("token", token, "firstName", "Grace", "lastName", "Hopper", "password", PASSWORD), null).status())
			.isEqualTo(400);

		ApiClient.Response me = api().get("/api/v1/me", accessToken(invitee));
		assertThat(me.text("role")).isEqualTo("manager");
		assertThat(api().get("/api/v1/members", access).body().path("items").size()).isEqualTo(2);
		assertThat(api().get("/api/v1/invitations", access).body().path("items").get(0).path("status").asString())
			.isEqualTo("accepted");
	}

	@Test
	void expiredAndRevokedInvitationsCannotBeAccepted() {
		String owner = uniqueEmail("owner2");
		registerVerified(owner);
		String access = accessToken(owner);

		String late = uniqueEmail("late");
		api().post("/api/v1/invitations", Map.of("email", late, "role", "member"), access);
		transactions.run(TenantScope.system(new Actor.Job("test")),
				() -> jdbc.sql("update invitations set expires_at = now() - interval '1 second' where email = ?").param(late).update());
		assertThat(api().post("/api/v1/auth/invitations/accept",
				Map.of("token", token(late), "firstName", "L", "lastName", "Ate", "password", PASSWORD), null).status())
			.isEqualTo(400);

		String revoked = uniqueEmail("revoked");
		ApiClient.Response invitation = api().post("/api/v1/invitations", Map.of("email", revoked, "role", "member"), access);
		assertThat(api().exchange("DELETE", "/api/v1/invitations/" + invitation.text("id"), null, access, Map.of()).status())
			.isEqualTo(204);
		assertThat(api().post("/api/v1/auth/invitations/accept",
				Map.of("token", token(revoked), "firstName", "R", "lastName", "Evoked", "password", PASSWORD), null).status())
			.isEqualTo(400);
	}

	@Test
	void onlyAdminsInviteAndOnlyOwnersMakeOwners() {
		String owner = uniqueEmail("owner3");
		registerVerified(owner);
		String ownerAccess = accessToken(owner);
		String member = uniqueEmail("member");
		api().post("/api/v1/invitations", Map.of("email", member, "role", "member"), ownerAccess);
		api().post("/api/v1/auth/invitations/accept",
				Map.of("token", token(member), "firstName", "M", "lastName", "Ember", "password", PASSWORD), null);
		String memberAccess = accessToken(member);

		ApiClient.Response forbidden = api().post("/api/v1/invitations", Map.of("email", uniqueEmail("x"), "role", "member"),
				memberAccess);
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(api().get("/api/v1/audit-events", memberAccess).status()).isEqualTo(403);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("name", "Hacked"), memberAccess, Map.of()).status())
			.isEqualTo(403);
	}

	private String token(String email) {
		String link = mailbox().latestLink(email, "invitation");
		return link.substring(link.lastIndexOf('/') + 1);
	}
}
