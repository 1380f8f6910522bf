package com.growthhub.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Appointments as the booking half leaves them: a booking page with one rep who is available around the clock in
 * their zone, an appointment row, and {@link AppointmentBooked} published with it.
 */
public record AppointmentFixtures(JdbcClient jdbc, TenantTransactions transactions, ApplicationEventPublisher events) {

	public UUID page(OrganizationId organization, UUID rep, String repZone) {
		UUID id = UUID.randomUUID();
		transactions.run(scope(organization), () -> {
			jdbc.sql("""
					insert into scheduling_availability (organization_id, user_id, time_zone, minimum_notice_minutes)
					values (?, ?, ?, 0) on conflict do nothing""").params(organization.value(), rep, repZone).update();
			for (int day = 1; day <= 7; day++) {
				jdbc.sql("""
						insert into scheduling_weekly_hours (organization_id, user_id, day_of_week, start_time, end_time)
						values (?, ?, ?, '00:00', '23:59')""").params(organization.value(), rep, day).update();
			}
			jdbc.sql("""
					insert into scheduling_booking_pages (id, organization_id, slug, title, duration_minutes,
					    slot_step_minutes, assignment_mode, fixed_rep_id) values (?, ?, ?, 'Sales call', 30, 30, 'fixed', ?)""")
				.params(id, organization.value(), "appt-" + id.toString().substring(0, 8), rep).update();
			jdbc.sql("insert into scheduling_booking_page_reps (organization_id, booking_page_id, user_id, position) values (?, ?, ?, 0)")
				.params(organization.value(), id, rep).update();
		});
		return id;
	}

	public UUID book(OrganizationId organization, UUID page, UUID rep, UUID contact, Instant start, ZoneId visitorZone) {
		UUID id = UUID.randomUUID();
		Instant end = start.plusSeconds(1800);
		transactions.run(scope(organization), () -> {
			jdbc.sql("""
					insert into scheduling_appointments (id, organization_id, booking_page_id, rep_id, contact_id, starts_at,
					    ends_at, blocked_from, blocked_until, time_zone, assignment_reason)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'fixed')""")
				.params(id, organization.value(), page, rep, contact, utc(start), utc(end), utc(start), utc(end),
						visitorZone.getId())
				.update();
			events.publishEvent(new AppointmentBooked(organization, AppointmentId.of(id), ContactId.of(contact),
					UserId.of(rep), start, end, visitorZone, BookingPageId.of(page)));
		});
		return id;
	}

	private static TenantScope scope(OrganizationId organization) {
		return TenantScope.organization(organization, new Actor.Job("test"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
