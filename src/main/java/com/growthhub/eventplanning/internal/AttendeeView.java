package com.growthhub.eventplanning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person on an event's list: a contact ({@code contactId}) or a member ({@code userId}), with the name and email
 * they were registered under.
 */
public record AttendeeView(UUID id, UUID eventId, @Nullable UUID contactId, @Nullable UUID userId, String name,
		@Nullable String email, AttendeeStatus status, Instant registeredAt, @Nullable Instant checkedInAt,
		@Nullable Instant checkedOutAt, @Nullable Instant cancelledAt) {

	static final String COLUMNS = """
			id, event_id, contact_id, user_id, name, email, status, registered_at, checked_in_at, checked_out_at, cancelled_at
			""";

	static AttendeeView map(ResultSet rs, int row) throws SQLException {
		return new AttendeeView(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getObject("contact_id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
				rs.getString("email"), AttendeeStatus.valueOf(rs.getString("status")), rs.getTimestamp("registered_at").toInstant(),
				instant(rs.getTimestamp("checked_in_at")), instant(rs.getTimestamp("checked_out_at")),
				instant(rs.getTimestamp("cancelled_at")));
	}

	/** Whether the person is inside now: checked in and not out again. */
	public boolean present() {
		return status == AttendeeStatus.ATTENDED && checkedOutAt == null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
