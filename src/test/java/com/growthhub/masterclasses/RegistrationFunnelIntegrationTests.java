package com.growthhub.masterclasses;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.LeadCapture;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.masterclasses.internal.FunnelStatus;
import com.growthhub.masterclasses.internal.JoinTokens;
import com.growthhub.masterclasses.internal.RegistrationFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The funnel moves a registration and the registrant's deal forward only, whatever order the signals come in. */
class RegistrationFunnelIntegrationTests extends IdentityTestSupport {

	@Autowired
	RegistrationFunnel funnel;

	@Autowired
	LeadCapture leads;

	@Test
	void movesForwardOnlyAndTheDealFollows() {
		String owner = uniqueEmail("mc-funnel");
		registerVerified(owner);
		String token = accessToken(owner);
		tools.jackson.databind.JsonNode me = api().get("/api/v1/me", token).body();
		OrganizationId organization = OrganizationId.of(UUID.fromString(me.path("organizationId").asString()));
		Actor actor = new Actor.User(UUID.fromString(me.path("id").asString()));
		ContactId contact = transactions.call(organization, actor, () -> leads.capture(organization, actor,
				new LeadCapture.Lead(Map.of("firstName", "Ada", "email", uniqueEmail("ada")), Map.of(), null, null,
						List.of()))
			.contactId());
		UUID masterclass = UUID.randomUUID();
		UUID registration = UUID.randomUUID();
		Instant start = Instant.now().plus(1, ChronoUnit.DAYS);
		transactions.run(organization, actor, () -> {
			jdbc.sql("""
					insert into masterclasses (id, organization_id, slug, title, starts_at, ends_at, price_cents, currency)
					values (?, ?, ?, 'Growth 101', ?, ?, 4900, 'EUR')""")
				.params(masterclass, organization.value(), "funnel-" + masterclass.toString().substring(0, 8),
						java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plus(1, ChronoUnit.HOURS)))
				.update();
			jdbc.sql("""
					insert into masterclass_registrations (id, organization_id, masterclass_id, contact_id, name, email,
					    join_token_hash) values (?, ?, ?, ?, 'Ada', 'ada@example.com', ?)""")
				.params(registration, organization.value(), masterclass, contact.value(),
						JoinTokens.hash(JoinTokens.newToken()))
				.update();
		});

		assertThat(funnel.advance(organization, registration, FunnelStatus.REGISTERED)).as("already there").isFalse();
		assertThat(funnel.advance(organization, actor, registration, FunnelStatus.INVOICED)).isTrue();
		assertThat(funnel.advance(organization, registration, FunnelStatus.PAID)).isTrue();
		assertThat(funnel.advance(organization, registration, FunnelStatus.PAID)).as("delivered twice").isFalse();
		assertThat(funnel.advance(organization, registration, FunnelStatus.INVOICED)).as("backwards").isFalse();
		assertThat(status(organization, registration)).isEqualTo("paid");
		assertThat(funnel.advance(organization, registration, FunnelStatus.WON)).isTrue();
		assertThat(funnel.advance(organization, registration, FunnelStatus.LOST)).as("final").isFalse();
		assertThat(status(organization, registration)).isEqualTo("won");
		assertThat(funnel.advance(organization, UUID.randomUUID(), FunnelStatus.PAID)).as("unknown").isFalse();
	}

	private String status(OrganizationId organization, UUID registration) {
		return transactions.call(organization, new Actor.Job("test"), () -> jdbc
			.sql("select funnel_status from masterclass_registrations where id = ?").param(registration)
			.query(String.class).single());
	}
}
