package com.growthhub.scheduling.internal.invites;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.internal.Availability;
import com.growthhub.scheduling.internal.Busy;
import com.growthhub.scheduling.internal.DateOverride;
import com.growthhub.scheduling.internal.MeetingSettings;
import com.growthhub.scheduling.internal.SlotEngine;
import com.growthhub.scheduling.internal.WeeklyHours;
import com.growthhub.shared.OrganizationId;

/**
 * The times an appointment may move to: the free slots of its booking page with the same rep (the slot engine's rules:
 * their hours in their zone, notice, buffers, daily maximum), not counting the appointment itself, which gives its
 * own time up when it moves. Runs in the caller's transaction of the organization.
 */
@Component
class FreeTimes {

	/** How far ahead the manage page offers times. */
	static final Duration HORIZON = Duration.ofDays(21);

	private final JdbcClient jdbc;

	FreeTimes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Instant> slots(OrganizationId organization, Appointment appointment, Instant from, Instant to) {
		return slots(organization, appointment, from, to, false);
	}

	/**
	 * A time that is no slot at all is refused as not offered (422); a slot another appointment holds is taken (409),
	 * as the exclusion constraint would answer.
	 */
	void requireOffered(OrganizationId organization, Appointment appointment, Instant start) {
		if (!slots(organization, appointment, start, start.plusSeconds(1), true).contains(start)) {
			throw AppointmentTimeRefusedException.notOffered();
		}
		if (!slots(organization, appointment, start, start.plusSeconds(1), false).contains(start)) {
			throw AppointmentSlotTakenException.create();
		}
	}

	private List<Instant> slots(OrganizationId organization, Appointment appointment, Instant from, Instant to,
			boolean ignoringOthers) {
		Optional<Availability> availability = availability(organization, appointment.repId().value());
		if (availability.isEmpty()) {
			return List.of();
		}
		record Page(int durationMinutes, int slotStepMinutes) {
		}
		Page page = jdbc.sql("select duration_minutes, slot_step_minutes from scheduling_booking_pages where organization_id = ? and id = ?")
			.params(organization.value(), appointment.bookingPageId().value()).query(Page.class).single();
		List<Busy> busy = ignoringOthers ? List.of() : jdbc.sql("""
				select blocked_from, blocked_until, starts_at from scheduling_appointments
				where organization_id = ? and rep_id = ? and status = 'scheduled' and id <> ?
				  and blocked_until > ? and blocked_from < ?
				""").params(organization.value(), appointment.repId().value(), appointment.id().value(),
					utc(from.minus(Duration.ofDays(2))), utc(to.plus(Duration.ofDays(2))))
			.query((rs, row) -> new Busy(rs.getObject(1, OffsetDateTime.class).toInstant(),
					rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
		return SlotEngine.freeSlots(availability.get(), busy, Duration.ofMinutes(page.durationMinutes()),
				Duration.ofMinutes(page.slotStepMinutes()), from, to, Instant.now());
	}

	private Optional<Availability> availability(OrganizationId organization, UUID rep) {
		record Settings(String timeZone, int bufferBeforeMinutes, int bufferAfterMinutes, int minimumNoticeMinutes,
				Integer maxPerDay) {
		}
		Optional<Settings> settings = jdbc.sql("""
				select time_zone, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, max_per_day
				from scheduling_availability where organization_id = ? and user_id = ?
				""").params(organization.value(), rep).query(Settings.class).optional();
		if (settings.isEmpty()) {
			return Optional.empty();
		}
		List<WeeklyHours> weekly = jdbc.sql("""
				select day_of_week, start_time, end_time from scheduling_weekly_hours where organization_id = ? and user_id = ?
				""").params(organization.value(), rep)
			.query((rs, row) -> new WeeklyHours(DayOfWeek.of(rs.getInt(1)), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class)))
			.list();
		List<DateOverride> overrides = jdbc.sql("""
				select on_date, start_time, end_time from scheduling_date_overrides where organization_id = ? and user_id = ?
				""").params(organization.value(), rep)
			.query((rs, row) -> new DateOverride(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
					rs.getObject(3, LocalTime.class)))
			.list();
		Settings found = settings.get();
		return Optional.of(new Availability(rep, ZoneId.of(found.timeZone()), weekly, overrides,
				new MeetingSettings(Duration.ofMinutes(found.bufferBeforeMinutes()),
						Duration.ofMinutes(found.bufferAfterMinutes()), Duration.ofMinutes(found.minimumNoticeMinutes()),
						found.maxPerDay())));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
