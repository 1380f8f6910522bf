package com.growthhub.scheduling.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** Reps' availability rows, read in bulk for a page's slots; every statement runs in the organization's transaction. */
@Repository
class AvailabilityRepository {

	private record Settings(UUID userId, String zone, int before, int after, int notice, Integer maxPerDay) {
	}

	private final JdbcClient jdbc;

	AvailabilityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored availability of each of {@code users} that has one. */
	Map<UUID, Availability> find(OrganizationId organization, Collection<UUID> users) {
		UUID[] ids = users.toArray(UUID[]::new);
		List<Settings> settings = jdbc.sql("""
				select user_id, time_zone, buffer_before_minutes, buffer_after_minutes, minimum_notice_minutes, max_per_day
				from scheduling_availability where organization_id = ? and user_id = any(?)""")
			.params(organization.value(), ids)
			.query((rs, row) -> new Settings(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4),
					rs.getInt(5), (Integer) rs.getObject(6)))
			.list();
		Map<UUID, List<WeeklyHours>> weekly = new HashMap<>();
		jdbc.sql("""
				select user_id, day_of_week, start_time, end_time from scheduling_weekly_hours
				where organization_id = ? and user_id = any(?) order by day_of_week, start_time""")
			.params(organization.value(), ids)
			.query(rs -> {
				weekly.computeIfAbsent(rs.getObject(1, UUID.class), user -> new ArrayList<>())
					.add(new WeeklyHours(DayOfWeek.of(rs.getInt(2)), rs.getObject(3, LocalTime.class),
							rs.getObject(4, LocalTime.class)));
			});
		Map<UUID, List<DateOverride>> overrides = new HashMap<>();
		jdbc.sql("""
				select user_id, on_date, start_time, end_time from scheduling_date_overrides
				where organization_id = ? and user_id = any(?) order by on_date, start_time nulls first""")
			.params(organization.value(), ids)
			.query(rs -> {
				overrides.computeIfAbsent(rs.getObject(1, UUID.class), user -> new ArrayList<>())
					.add(new DateOverride(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalTime.class),
							rs.getObject(4, LocalTime.class)));
			});
		Map<UUID, Availability> found = new HashMap<>();
		for (Settings row : settings) {
			found.put(row.userId(), new Availability(row.userId(), ZoneId.of(row.zone()),
					weekly.getOrDefault(row.userId(), List.of()), overrides.getOrDefault(row.userId(), List.of()),
					new MeetingSettings(Duration.ofMinutes(row.before()), Duration.ofMinutes(row.after()),
							Duration.ofMinutes(row.notice()), row.maxPerDay())));
		}
		return found;
	}

	void save(OrganizationId organization, Availability availability) {
		UUID user = availability.userId();
		MeetingSettings settings = availability.settings();
		jdbc.sql("""
				insert into scheduling_availability (organization_id, user_id, time_zone, buffer_before_minutes,
				    buffer_after_minutes, minimum_notice_minutes, max_per_day) values (?, ?, ?, ?, ?, ?, ?)
				on conflict (organization_id, user_id) do update set time_zone = excluded.time_zone,
				    buffer_before_minutes = excluded.buffer_before_minutes, buffer_after_minutes = excluded.buffer_after_minutes,
				    minimum_notice_minutes = excluded.minimum_notice_minutes, max_per_day = excluded.max_per_day,
				    updated_at = now(), version = scheduling_availability.version + 1""")
			.params(organization.value(), user, availability.zone().getId(), settings.bufferBefore().toMinutes(),
					settings.bufferAfter().toMinutes(), settings.minimumNotice().toMinutes(), settings.maxPerDay())
			.update();
		jdbc.sql("delete from scheduling_weekly_hours where organization_id = ? and user_id = ?")
			.params(organization.value(), user).update();
		jdbc.sql("delete from scheduling_date_overrides where organization_id = ? and user_id = ?")
			.params(organization.value(), user).update();
		for (WeeklyHours hours : availability.weekly()) {
			jdbc.sql("""
					insert into scheduling_weekly_hours (organization_id, user_id, day_of_week, start_time, end_time)
					values (?, ?, ?, ?, ?)""")
				.params(organization.value(), user, hours.day().getValue(), hours.start(), hours.end())
				.update();
		}
		for (DateOverride override : availability.overrides()) {
			jdbc.sql("""
					insert into scheduling_date_overrides (organization_id, user_id, on_date, start_time, end_time)
					values (?, ?, ?, ?, ?)""")
				.params(organization.value(), user, override.date(), override.start(), override.end())
				.update();
		}
	}
}
