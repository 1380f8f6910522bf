package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;

import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * What other modules (the pipeline) ask of contacts: a visible contact's name, picker choices, plug submission, for the
 * organization and actor they name, with no request or tenant scope around the call.
 */
class ContactDirectoryIntegrationTests extends IdentityTestSupport {

	@Autowired
	ContactDirectory directory;

	@Test
	void answersNamesAndChoicesOfVisibleLiveContactsOnly() {
		String owner = uniqueEmail("directory");
		registerVerified(owner);
		String token = accessToken(owner);
		ContactId ada = ContactId.of(UUID.fromString(
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Ada", "lastName", "Lovelace")), token).text("id")));
		ContactId deleted = ContactId.of(UUID.fromString(
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Gone")), token).text("id")));
		api().exchange("DELETE", "/api/v1/contacts/" + deleted, null, token, Map.of());
		Member user = member(owner);
		OrganizationId organization = user.organization();

		assertThat(directory.nameOf(organization, user.actor(), ada)).isEqualTo("Ada Lovelace");
		assertThat(directory.choices(organization, user.actor(), "", 10)).extracting(ContactDirectory.Choice::name)
			.containsExactly("Ada Lovelace");
		assertThat(directory.choices(organization, user.actor(), "Lovelace", 10)).hasSize(1);
		assertThat(directory.visibleOnly(organization, user.actor())).as("an owner sees every contact").isEmpty();
		String tag = api().post("/api/v1/tags", Map.of("name", "Inventor"), token).text("id");
		assertThat(directory.tags(organization)).containsExactly(new ContactDirectory.Choice(UUID.fromString(tag),
				"Inventor"));
		assertThat(status(() -> directory.nameOf(organization, user.actor(), deleted))).isEqualTo(404);
		assertThat(directory.names(organization, user.actor(), List.of(ada, deleted)))
			.as("live contacts only").containsExactly(Map.entry(ada, "Ada Lovelace"));
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", true), token, Map.of());
		assertThat(directory.names(organization, user.actor(), List.of(ada)))
			.as("privacy mode shows first names only, as nameOf does").containsExactly(Map.entry(ada, "Ada"));
		assertThat(directory.nameOf(organization, user.actor(), ada)).isEqualTo("Ada");
		api().exchange("PATCH", "/api/v1/organization", Map.of("privacyMode", false), token, Map.of());

		String stranger = uniqueEmail("directory-stranger");
		registerVerified(stranger);
		Member other = member(stranger);
		assertThat(status(() -> directory.nameOf(other.organization(), other.actor(), ada))).isEqualTo(404);
		assertThat(status(() -> directory.submitPlug(other.organization(), other.actor(), ada))).isEqualTo(404);
		assertThat(directory.choices(other.organization(), other.actor(), "", 10)).isEmpty();
		assertThat(directory.tags(other.organization())).isEmpty();
	}

	@Test
	void submittingAPlugConvertsOnlyAContact() {
		String owner = uniqueEmail("directory-plug");
		registerVerified(owner);
		String token = accessToken(owner);
		ContactId contact = ContactId.of(UUID.fromString(
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Pat", "lastName", "Plug")), token)
					.text("id")));
		ContactId target = ContactId.of(UUID.fromString(
				api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Tim", "type", "target")), token).text("id")));
		Member user = member(owner);

		assertThat(directory.submitPlug(user.organization(), user.actor(), contact)).isEqualTo("Pat Plug");
		assertThat(api().get("/api/v1/contacts/" + contact, token).text("type")).isEqualTo("plug");
		assertThat(api().get("/api/v1/contacts/" + contact, token).text("status")).isEqualTo("submitted");
		assertThat(status(() -> directory.submitPlug(user.organization(), user.actor(), target))).isEqualTo(409);
		assertThat(status(() -> directory.submitPlug(user.organization(), user.actor(), contact))).isEqualTo(409);
	}

	/** A person acting in their organization, as a controller hands them to a service. */
	private record Member(OrganizationId organization, Actor actor) {
	}

	private Member member(String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				select u.id, m.organization_id from users u join memberships m on m.user_id = u.id where u.email = ?
				""").param(email).query((rs, n) -> new Member(OrganizationId.of(rs.getObject(2, UUID.class)),
						new Actor.User(rs.getObject(1, UUID.class)))).single());
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
