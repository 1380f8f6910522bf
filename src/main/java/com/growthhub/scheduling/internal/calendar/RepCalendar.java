package com.growthhub.scheduling.internal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.Appointments;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * A rep's appointments for one day or one week (Monday to Sunday), laid out in the rep's own zone: the zone of their
 * availability, else UTC. A member sees their own calendar; managers and above pick any member's.
 */
@Service
public class RepCalendar {

	private final Appointments appointments;
	private final Members members;
	private final ContactDirectory contacts;
	private final TenantTransactions transactions;
	private final JdbcClient jdbc;

	RepCalendar(Appointments appointments, Members members, ContactDirectory contacts, TenantTransactions transactions,
			JdbcClient jdbc) {
		this.appointments = appointments;
		this.members = members;
		this.contacts = contacts;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	public enum Span {
		DAY, WEEK
	}

	/** One appointment as the calendar shows it, with its wall-clock times in the rep's zone. */
	public record Entry(Appointment appointment, String contactName, LocalTime start, LocalTime end) {
	}

	public record Day(LocalDate date, List<Entry> entries) {
	}

	public record View(Members.Member rep, ZoneId zone, Span span, LocalDate date, LocalDate previous, LocalDate next,
			List<Day> days, boolean canPickRep, List<Members.Member> reps) {
	}

	public View view(OrganizationId organization, Actor actor, UUID repId, Span span, LocalDate date) {
		UUID viewer = actor.requireUserId();
		boolean manager = members.roleOf(organization, viewer).map(role -> role.atLeast(Role.MANAGER)).orElse(false);
		if (!repId.equals(viewer) && !manager) {
			throw NotFoundException.of("Calendar");
		}
		Members.Member rep = members.find(organization, repId).orElseThrow(() -> NotFoundException.of("Calendar"));
		ZoneId zone = zoneOf(organization, actor, repId);
		LocalDate first = span == Span.WEEK ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date;
		int length = span == Span.WEEK ? 7 : 1;
		Instant from = first.atStartOfDay(zone).toInstant();
		Instant to = first.plusDays(length).atStartOfDay(zone).toInstant();
		List<Appointment> found = appointments.forRep(organization, UserId.of(repId), from, to);
		Map<ContactId, String> names = contacts.names(organization, actor,
				found.stream().map(Appointment::contactId).collect(Collectors.toSet()));
		List<Day> days = new ArrayList<>();
		for (int i = 0; i < length; i++) {
			LocalDate day = first.plusDays(i);
			days.add(new Day(day, found.stream()
				.filter(appointment -> appointment.start().atZone(zone).toLocalDate().equals(day))
				.map(appointment -> new Entry(appointment, names.getOrDefault(appointment.contactId(), "—"),
						appointment.start().atZone(zone).toLocalTime(), appointment.end().atZone(zone).toLocalTime()))
				.toList()));
		}
		return new View(rep, zone, span, first, first.minusDays(length), first.plusDays(length), days, manager,
				manager ? members.list(organization).stream().filter(m -> m.role() != Role.CLIENT).toList() : List.of());
	}

	private ZoneId zoneOf(OrganizationId organization, Actor actor, UUID repId) {
		String zone = transactions.call(organization, actor, () -> jdbc.sql(
				"select time_zone from scheduling_availability where organization_id = ? and user_id = ?")
			.params(organization.value(), repId).query(String.class).optional().orElse(null));
		return zone == null ? ZoneId.of("UTC") : ZoneId.of(zone);
	}
}
