package com.growthhub.contacts.internal.sync;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Moves synced contacts forward to the lifecycle a record asks, a conversion per step ({@link LifecycleSteps}),
 * through the contact service: each is published as {@code ContactConverted}, recorded on the contact's timeline
 * and audited as the actor (the connection).
 */
@Component
class LifecycleMoves {

	private final JdbcClient jdbc;

	private final Contacts contacts;

	LifecycleMoves(JdbcClient jdbc, Contacts contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	/** Answers the contacts converted; one already there, or ahead (refused at the match), is left alone. */
	Set<UUID> convert(OrganizationId organization, Actor actor, Map<UUID, ContactType> wanted) {
		if (wanted.isEmpty()) {
			return Set.of();
		}
		Map<UUID, ContactType> types = new HashMap<>();
		jdbc.sql("select id, type from contacts where organization_id = ? and id = any(?) and deleted_at is null")
			.params(organization.value(), wanted.keySet().toArray(UUID[]::new))
			.query((rs, n) -> types.put(rs.getObject("id", UUID.class), ContactType.valueOf(rs.getString("type"))))
			.list();
		Set<UUID> converted = new HashSet<>();
		wanted.forEach((id, to) -> {
			ContactType from = types.get(id);
			for (ContactType step : from == null ? List.<ContactType>of() : LifecycleSteps.path(from, to)) {
				contacts.convertBySync(organization, actor, id, step);
				converted.add(id);
			}
		});
		return converted;
	}
}
