package com.growthhub.eventplanning.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.eventplanning.EventCosts;
import com.growthhub.eventplanning.EventId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.shared.OrganizationId;

/**
 * An event's figures (EV2). Registered counts everyone who held a seat (registered, attended, no-show); the
 * attendance rate is attended over registered. Check-ins are counted per slot of the event's own clock (15 minutes
 * for an event up to a day, hours up to a week, days beyond). Costs are the approved expenses in the budget's
 * currency, from the {@link EventCosts} bean when one exists; those in other currencies are listed apart, not
 * converted.
 */
@Service
public class EventAnalytics {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;
	private final ObjectProvider<EventCosts> costs;

	EventAnalytics(JdbcClient jdbc, TenantTransactions transactions, Events events, ObjectProvider<EventCosts> costs) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.costs = costs;
	}

	public record Analytics(UUID eventId, long registered, long waitlisted, long cancelled, long attended, long noShows,
			long present, @Nullable Double attendanceRate, @Nullable Long budgetCents, String currency,
			long approvedExpensesCents, Map<String, Long> approvedOtherCurrenciesCents, @Nullable Double budgetUtilization,
			@Nullable Long costPerAttendeeCents, DashboardChart checkInsOverTime, List<ItemAttendance> agendaAttendance) {
	}

	public record ItemAttendance(UUID agendaItemId, String title, @Nullable String room, Instant startsAt, long attendees) {
	}

	public Analytics of(OrganizationId organization, Actor actor, UUID eventId) {
		Map<String, Long> approved = costs.getIfAvailable(() -> (org, event) -> Map.of())
			.approvedCents(organization, EventId.of(eventId));
		return transactions.call(organization, actor, () -> {
			EventView event = events.load(organization, eventId);
			Map<AttendeeStatus, Long> counts = new LinkedHashMap<>();
			long[] present = { 0 };
			jdbc.sql("""
					select status, count(*), count(*) filter (where status = 'ATTENDED' and checked_out_at is null)
					from event_attendees where organization_id = ? and event_id = ? group by status
					""").params(organization.value(), eventId).query(rs -> {
						counts.put(AttendeeStatus.valueOf(rs.getString(1)), rs.getLong(2));
						present[0] += rs.getLong(3);
					});
			long attended = counts.getOrDefault(AttendeeStatus.ATTENDED, 0L);
			long noShows = counts.getOrDefault(AttendeeStatus.NO_SHOW, 0L);
			long registered = attended + noShows + counts.getOrDefault(AttendeeStatus.REGISTERED, 0L);
			long spent = approved.getOrDefault(event.currency(), 0L);
			Map<String, Long> others = new TreeMap<>(approved);
			others.remove(event.currency());
			return new Analytics(eventId, registered, counts.getOrDefault(AttendeeStatus.WAITLISTED, 0L),
					counts.getOrDefault(AttendeeStatus.CANCELLED, 0L), attended, noShows, present[0],
					registered == 0 ? null : round(100.0 * attended / registered), event.budgetCents(), event.currency(), spent,
					others, event.budgetCents() == null || event.budgetCents() == 0 ? null : round(100.0 * spent / event.budgetCents()),
					attended == 0 ? null : Math.round((double) spent / attended), checkIns(organization, event),
					agendaAttendance(organization, eventId));
		});
	}

	private DashboardChart checkIns(OrganizationId organization, EventView event) {
		Duration length = Duration.between(event.startsAt(), event.endsAt());
		ChronoUnit unit = length.compareTo(Duration.ofDays(1)) <= 0 ? ChronoUnit.MINUTES
				: length.compareTo(Duration.ofDays(7)) <= 0 ? ChronoUnit.HOURS : ChronoUnit.DAYS;
		DateTimeFormatter label = DateTimeFormatter.ofPattern(unit == ChronoUnit.DAYS ? "MMM d" : "MMM d HH:mm");
		TreeMap<LocalDateTime, Long> slots = new TreeMap<>();
		jdbc.sql("""
				select scanned_at from event_scans
				where organization_id = ? and event_id = ? and kind = 'CHECK_IN' and not repeated and agenda_item_id is null
				""").params(organization.value(), event.id()).query(rs -> {
					LocalDateTime local = LocalDateTime.ofInstant(rs.getTimestamp(1).toInstant(), event.zone());
					slots.merge(slot(local, unit), 1L, Long::sum);
				});
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		if (!slots.isEmpty()) {
			// Every slot from the first check-in to the last, empty ones too, so the time axis reads evenly.
			for (LocalDateTime at = slots.firstKey(); !at.isAfter(slots.lastKey()); at = next(at, unit)) {
				labels.add(label.format(at));
				values.add(slots.getOrDefault(at, 0L));
			}
		}
		return DashboardChart.bars(labels, List.of(new DashboardChart.Series("Check-ins", values)), null);
	}

	private static LocalDateTime slot(LocalDateTime time, ChronoUnit unit) {
		return unit == ChronoUnit.MINUTES ? time.truncatedTo(ChronoUnit.HOURS).plusMinutes(time.getMinute() / 15 * 15L)
				: time.truncatedTo(unit);
	}

	private static LocalDateTime next(LocalDateTime slot, ChronoUnit unit) {
		return unit == ChronoUnit.MINUTES ? slot.plusMinutes(15) : slot.plus(1, unit);
	}

	private List<ItemAttendance> agendaAttendance(OrganizationId organization, UUID eventId) {
		return jdbc.sql("""
				select i.id, i.title, i.room, i.starts_at, count(distinct s.attendee_id)
				from event_agenda_items i left join event_scans s
				  on s.organization_id = i.organization_id and s.agenda_item_id = i.id and s.kind = 'CHECK_IN'
				where i.organization_id = ? and i.event_id = ?
				group by i.id, i.title, i.room, i.starts_at order by i.starts_at, i.id
				""").params(organization.value(), eventId)
			.query((rs, n) -> new ItemAttendance(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.list();
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}
}
