package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * An event's attendees as CSV ({@code /exports/event-attendees.csv?eventId=…}, and
 * {@code /api/v1/events/{id}/attendees.csv}), in registration order, optionally of one status; streamed.
 */
@Component
public class AttendeeCsvExport implements CsvExport {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;

	AttendeeCsvExport(JdbcClient jdbc, TenantTransactions transactions, Events events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	@Override
	public String name() {
		return "event-attendees";
	}

	@Override
	public void write(OrganizationId organization, Actor actor, Map<String, List<String>> parameters, Rows rows) {
		UUID eventId = eventId(parameters);
		AttendeeStatus status = status(parameters);
		transactions.run(organization, actor, () -> {
			EventView event = events.load(organization, eventId);
			rows.header(List.of("attendeeId", "event", "name", "email", "kind", "contactId", "userId", "status",
					"registeredAt", "checkedInAt", "checkedOutAt", "cancelledAt"));
			jdbc.sql("select " + AttendeeView.COLUMNS + " from event_attendees where organization_id = ? and event_id = ?"
					+ (status == null ? "" : " and status = '" + status.name() + "'") + " order by registered_at, id")
				.params(organization.value(), eventId)
				.withFetchSize(1000)
				.query((RowCallbackHandler) rs -> {
					AttendeeView a = AttendeeView.map(rs, 0);
					rows.row(List.of(a.id().toString(), event.title(), a.name(), text(a.email()),
							a.contactId() != null ? "contact" : "member", text(a.contactId()), text(a.userId()), a.status().key(),
							a.registeredAt().toString(), text(a.checkedInAt()), text(a.checkedOutAt()), text(a.cancelledAt())));
				});
		});
	}

	private static UUID eventId(Map<String, List<String>> parameters) {
		List<String> values = parameters.get("eventId");
		try {
			return UUID.fromString(values.getFirst().strip());
		}
		catch (RuntimeException ex) {
			throw EventInputException.field("eventId", "must be the id of an event");
		}
	}

	private static @Nullable AttendeeStatus status(Map<String, List<String>> parameters) {
		List<String> values = parameters.get("status");
		if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
			return null;
		}
		try {
			return AttendeeStatus.fromKey(values.getFirst());
		}
		catch (IllegalArgumentException ex) {
			throw EventInputException.field("status", "must be one of registered, waitlisted, attended, no_show, cancelled");
		}
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString();
	}
}
