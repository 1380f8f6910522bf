package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.internal.TrashRetention;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;

class TrashRetentionIntegrationTests extends IdentityTestSupport {

	@Autowired
	TrashRetention retention;

	@Test
	void purgesTrashOlderThanTheOrganizationsRetentionOnly() {
		String owner = uniqueEmail("trash");
		registerVerified(owner);
		String token = accessToken(owner);
		String old = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Old")), token).text("id");
		String recent = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Recent")), token).text("id");
		String live = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Live")), token).text("id");
		String merged = api().post("/api/v1/contacts", ContactMother.complete(Map.of("firstName", "Merged")), token).text("id");
		api().post("/api/v1/contacts/merge", Map.of("primaryId", live, "duplicateId", merged), token);
		api().exchange("DELETE", "/api/v1/contacts/" + old, null, token, Map.of());
		api().exchange("DELETE", "/api/v1/contacts/" + recent, null, token, Map.of());
		deletedDaysAgo(old, 8);
		deletedDaysAgo(recent, 3);
		deletedDaysAgo(merged, 8);
		assertThat(api().exchange("PATCH", "/api/v1/organization", Map.of("trashRetentionDays", 7), token, Map.of())
			.status()).isEqualTo(200);

		retention.purge();

		assertThat(exists(old)).isFalse();
		assertThat(exists(recent)).isTrue();
		assertThat(exists(live)).isTrue();
		assertThat(exists(merged)).as("a merge can still be undone").isTrue();
	}

	private void deletedDaysAgo(String id, int days) {
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"update contacts set deleted_at = now() - make_interval(days => ?) where id = ?")
			.params(days, UUID.fromString(id)).update());
	}

	private boolean exists(String id) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql(
				"select exists (select 1 from contacts where id = ?)").param(UUID.fromString(id)).query(Boolean.class).single());
	}
}
