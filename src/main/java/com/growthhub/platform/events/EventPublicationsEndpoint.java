package com.growthhub.platform.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/eventpublications}: the events whose delivery to a listener has not completed, oldest first,
 * for operators (answered only on this machine: see {@code LocalOnlyRequests}). Payloads are left out: they carry
 * tenants' data.
 */
@Component
@Endpoint(id = "eventpublications")
class EventPublicationsEndpoint {

	private static final int LIMIT = 100;

	private final JdbcClient jdbc;

	EventPublicationsEndpoint(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Publication(UUID id, String eventType, String listener, @Nullable String status, Instant publishedAt,
			int attempts, @Nullable Instant lastResubmittedAt) {
	}

	record Incomplete(long count, List<Publication> oldest) {
	}

	@ReadOperation
	Incomplete incomplete() {
		long count = jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single();
		List<Publication> oldest = jdbc.sql("""
				select id, event_type, listener_id, status, publication_date, coalesce(completion_attempts, 0) as attempts,
				  last_resubmission_date
				from event_publication where completion_date is null order by publication_date limit ?
				""").param(LIMIT).query((rs, n) -> new Publication(rs.getObject("id", UUID.class),
						rs.getString("event_type"), rs.getString("listener_id"), rs.getString("status"),
						rs.getTimestamp("publication_date").toInstant(), rs.getInt("attempts"),
						rs.getTimestamp("last_resubmission_date") == null ? null
								: rs.getTimestamp("last_resubmission_date").toInstant()))
			.list();
		return new Incomplete(count, oldest);
	}
}
