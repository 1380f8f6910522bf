package com.growthhub.masterclasses.internal.transcripts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Finds the organization's masterclass for transcripts and insights; another organization's id is 404 like none. */
@Component
public class ClassLookup {

	private final JdbcClient jdbc;

	ClassLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inside the caller's tenant transaction. */
	public ClassFacts require(OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("""
				select id, title, host_user_id, starts_at, ends_at, time_zone, price_cents, currency, booking_page_id,
				  live_started_at, live_ended_at
				from masterclasses where organization_id = ? and id = ?
				""").params(organization.value(), masterclassId)
			.query((rs, n) -> new ClassFacts(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getObject("host_user_id", UUID.class), rs.getTimestamp("starts_at").toInstant(),
					rs.getTimestamp("ends_at").toInstant(), rs.getString("time_zone"), rs.getLong("price_cents"),
					rs.getString("currency"), rs.getObject("booking_page_id", UUID.class),
					instant(rs.getTimestamp("live_started_at")), instant(rs.getTimestamp("live_ended_at"))))
			.optional()
			.orElseThrow(() -> NotFoundException.of("The masterclass"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp at) {
		return at == null ? null : at.toInstant();
	}
}
