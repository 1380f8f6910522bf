package com.growthhub.eventplanning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An event as the API and the pages show it. {@code seatsTaken} counts the people holding a seat (registered and
 * attended); {@code revision} rises with every change attendees' calendars must follow.
 */
public record EventView(UUID id, String title, @Nullable String description, EventType type, @Nullable String venue,
		@Nullable String onlineUrl, Instant startsAt, Instant endsAt, String timeZone, @Nullable Integer capacity,
		int seatsTaken, @Nullable Long budgetCents, String currency, EventStatus status, UUID ownerId,
		int reminderLeadMinutes, int revision, Instant createdAt, Instant updatedAt, long version) {

	static final String COLUMNS = """
			id, title, description, type, venue, online_url, starts_at, ends_at, time_zone, capacity, seats_taken,
			budget_cents, currency, status, owner_id, reminder_lead_minutes, revision, created_at, updated_at, version
			""";

	static EventView map(ResultSet rs, int row) throws SQLException {
		return new EventView(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("description"),
				EventType.valueOf(rs.getString("type")), rs.getString("venue"), rs.getString("online_url"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("time_zone"),
				rs.getObject("capacity", Integer.class), rs.getInt("seats_taken"), rs.getObject("budget_cents", Long.class),
				rs.getString("currency"), EventStatus.valueOf(rs.getString("status")), rs.getObject("owner_id", UUID.class),
				rs.getInt("reminder_lead_minutes"), rs.getInt("revision"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
	}

	/** The statuses this event may move to. */
	@JsonProperty("allowed")
	public Set<EventStatus> allowed() {
		return status.next();
	}

	/** Seats still free; absent without a capacity. */
	@JsonProperty("seatsLeft")
	public @Nullable Integer seatsLeft() {
		return capacity == null ? null : Math.max(0, capacity - seatsTaken);
	}

	@JsonIgnore
	public ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	/** The start as the event's own clock shows it, for pages. */
	@JsonIgnore
	public LocalDateTime localStart() {
		return LocalDateTime.ofInstant(startsAt, zone());
	}

	@JsonIgnore
	public LocalDateTime localEnd() {
		return LocalDateTime.ofInstant(endsAt, zone());
	}
}
