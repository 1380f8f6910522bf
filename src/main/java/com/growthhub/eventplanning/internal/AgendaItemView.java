package com.growthhub.eventplanning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One item of an event's agenda: a talk, a session, a break. */
public record AgendaItemView(UUID id, UUID eventId, String title, @Nullable String speaker, @Nullable String room,
		Instant startsAt, Instant endsAt, int position) {

	static final String COLUMNS = "id, event_id, title, speaker, room, starts_at, ends_at, position";

	static AgendaItemView map(ResultSet rs, int row) throws SQLException {
		return new AgendaItemView(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class), rs.getString("title"),
				rs.getString("speaker"), rs.getString("room"), rs.getTimestamp("starts_at").toInstant(),
				rs.getTimestamp("ends_at").toInstant(), rs.getInt("position"));
	}
}
