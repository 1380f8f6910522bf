package com.growthhub.dataio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

import com.growthhub.dataio.ContactsImported;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.JsonNode;

/** The import-finished notification goes to the importer once, however often its event is delivered. */
class ImportNotificationsIntegrationTests extends IdentityTestSupport {

	@Autowired
	ImportNotifications listener;

	@Test
	void notifiesTheImporterOnceForARedeliveredEvent() {
		String email = uniqueEmail("notified");
		registerVerified(email);
		String token = accessToken(email);
		JsonNode me = api().get("/api/v1/me", token).body();
		OrganizationId organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		UUID importId = UUID.randomUUID();
		ContactsImported event = new ContactsImported(organization, importId, UUID.fromString(me.path("id").asString()),
				"people.csv", 3, 2, 1, 4);

		// The bean's method is asynchronous; its target runs the delivery here, twice as a redelivery would.
		ImportNotifications delivery = AopTestUtils.getTargetObject(listener);
		delivery.on(event);
		delivery.on(event);

		JsonNode items = api().get("/api/v1/notifications", token).body().path("items");
		assertThat(items.valueStream().filter(item -> item.path("link").asString().equals("/imports/" + importId)))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.path("title").asString()).isEqualTo("Import of people.csv finished");
				assertThat(item.path("body").asString()).isEqualTo("3 created, 2 updated, 1 skipped, 4 failed");
			});
		assertThat(transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select count(*) from notifications where link = ?").param("/imports/" + importId).query(Long.class).single()))
			.isEqualTo(1);
	}
}
