package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantScope;

/** What other modules (the pipeline) ask of contacts: a visible contact's name, picker choices, plug submission. */
class ContactDirectoryIntegrationTests extends IdentityTestSupport {

	@Autowired
	ContactDirectory directory;

	@Test
	void answersNamesAndChoicesOfVisibleLiveContactsOnly() {
		String owner = uniqueEmail("directory");
		registerVerified(owner);
		String token = accessToken(owner);
		UUID ada = UUID.fromString(api().post("/api/v1/contacts", Map.of("firstName", "Ada", "lastName", "Lovelace"), token)
			.text("id"));
		String deleted = api().post("/api/v1/contacts", Map.of("firstName", "Gone"), token).text("id");
		api().exchange("DELETE", "/api/v1/contacts/" + deleted, null, token, Map.of());
		CurrentUser user = user(owner);

		assertThat(as(user, () -> directory.nameOf(user, ada))).isEqualTo("Ada Lovelace");
		assertThat(as(user, () -> directory.choices(user, "", 10))).extracting(ContactDirectory.Choice::name)
			.containsExactly("Ada Lovelace");
		assertThat(as(user, () -> directory.choices(user, "Lovelace", 10))).hasSize(1);
		assertThat(as(user, () -> directory.visibleOnly(user))).as("an owner sees every contact").isEmpty();
		String tag = api().post("/api/v1/tags", Map.of("name", "Inventor"), token).text("id");
		assertThat(directory.tags(user.organization())).containsExactly(new ContactDirectory.Choice(UUID.fromString(tag),
				"Inventor"));
		assertThat(status(() -> as(user, () -> directory.nameOf(user, UUID.fromString(deleted))))).isEqualTo(404);
		assertThat(as(user, () -> directory.names(user.organization(), List.of(ada, UUID.fromString(deleted)))))
			.as("live contacts only").containsExactly(Map.entry(ada, "Ada Lovelace"));
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		assertThat(as(user, () -> directory.names(user.organization(), List.of(ada))))
			.as("privacy mode shows first names only, as nameOf does").containsExactly(Map.entry(ada, "Ada"));
		assertThat(as(user, () -> directory.nameOf(user, ada))).isEqualTo("Ada");
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", false), token, Map.of());

		String stranger = uniqueEmail("directory-stranger");
		registerVerified(stranger);
		CurrentUser other = user(stranger);
		assertThat(status(() -> as(other, () -> directory.nameOf(other, ada)))).isEqualTo(404);
		assertThat(status(() -> as(other, () -> directory.submitPlug(other, ada)))).isEqualTo(404);
		assertThat(as(other, () -> directory.choices(other, "", 10))).isEmpty();
		assertThat(directory.tags(other.organization())).isEmpty();
	}

	@Test
	void submittingAPlugConvertsOnlyAContact() {
		String owner = uniqueEmail("directory-plug");
		registerVerified(owner);
		String token = accessToken(owner);
		UUID contact = UUID.fromString(api().post("/api/v1/contacts", Map.of("firstName", "Pat"), token).text("id"));
		UUID target = UUID.fromString(api().post("/api/v1/contacts", Map.of("firstName", "Tim", "type", "target"), token)
			.text("id"));
		CurrentUser user = user(owner);

		assertThat(as(user, () -> directory.submitPlug(user, contact))).isEqualTo("Pat");
		assertThat(api().get("/api/v1/contacts/" + contact, token).text("type")).isEqualTo("plug");
		assertThat(api().get("/api/v1/contacts/" + contact, token).text("status")).isEqualTo("submitted");
		assertThat(status(() -> as(user, () -> directory.submitPlug(user, target)))).isEqualTo(409);
		assertThat(status(() -> as(user, () -> directory.submitPlug(user, contact)))).isEqualTo(409);
	}

	private CurrentUser user(String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select u.id, m.organization_id, m.role from users u join memberships m on m.user_id = u.id where u.email = ?
				""").param(email).query((rs, n) -> new CurrentUser(rs.getObject(1, UUID.class), email, "Ada", "Lovelace",
						rs.getObject(2, UUID.class), Role.valueOf(rs.getString(3)), UUID.randomUUID())).single());
	}

	private static <T> T as(CurrentUser user, Supplier<T> work) {
		return TenantContext.call(TenantScope.user(user.userId(), user.organization()), work);
	}

	private static int status(Runnable work) {
		try {
			work.run();
			return 200;
		}
		catch (ErrorResponseException ex) {
			return ex.getStatusCode().value();
		}
	}
}
