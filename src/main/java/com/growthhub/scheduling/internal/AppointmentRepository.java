package com.growthhub.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.contacts.ContactId;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.BookingPageId;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The appointments table; every statement runs in the caller's transaction of the organization. */
@Repository
class AppointmentRepository {

	static final String SELECT = """
			select a.id, a.organization_id, a.booking_page_id, p.title, a.rep_id, a.contact_id, a.starts_at, a.ends_at,
			       a.time_zone, a.status, a.assignment_reason, a.answers::text as answers, a.sequence, a.created_at
			from scheduling_appointments a join scheduling_booking_pages p on p.id = a.booking_page_id
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final TypeReference<Map<String, String>> ANSWERS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	AppointmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Appointment> find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where a.organization_id = ? and a.id = ?")
			.params(organization.value(), id)
			.query(AppointmentRepository::appointment)
			.optional();
	}

	Optional<Appointment> lock(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where a.organization_id = ? and a.id = ? for update of a")
			.params(organization.value(), id)
			.query(AppointmentRepository::appointment)
			.optional();
	}

	List<Appointment> forRep(OrganizationId organization, UUID rep, Instant from, Instant to) {
		return jdbc.sql(SELECT + """
				 where a.organization_id = ? and a.rep_id = ? and a.starts_at < ? and a.ends_at > ?
				order by a.starts_at, a.id""")
			.params(organization.value(), rep, SqlTimes.of(to), SqlTimes.of(from))
			.query(AppointmentRepository::appointment)
			.list();
	}

	void updateStatus(OrganizationId organization, UUID id, AppointmentStatus status) {
		jdbc.sql("""
				update scheduling_appointments set status = ?, updated_at = now(), version = version + 1
				where organization_id = ? and id = ?""")
			.params(status.key(), organization.value(), id)
			.update();
	}

	/** The live appointments of each rep whose blocks reach into {@code [from, to)}. */
	Map<UUID, List<Busy>> busy(OrganizationId organization, Collection<UUID> reps, Instant from, Instant to) {
		Map<UUID, List<Busy>> busy = new HashMap<>();
		reps.forEach(rep -> busy.put(rep, new ArrayList<>()));
		jdbc.sql("""
				select rep_id, blocked_from, blocked_until, starts_at from scheduling_appointments
				where organization_id = ? and rep_id = any(?) and status = 'scheduled'
				  and blocked_from < ? and blocked_until > ?""")
			.params(organization.value(), reps.toArray(UUID[]::new), SqlTimes.of(to), SqlTimes.of(from))
			.query(rs -> {
				busy.get(rs.getObject(1, UUID.class))
					.add(new Busy(SqlTimes.instant(rs, "blocked_from"), SqlTimes.instant(rs, "blocked_until"),
							SqlTimes.instant(rs, "starts_at")));
			});
		return busy;
	}

	/** When each rep was last booked on the page (any status), for round robin; reps never booked are absent. */
	Map<UUID, Instant> lastBooked(OrganizationId organization, UUID page, Collection<UUID> reps) {
		Map<UUID, Instant> last = new HashMap<>();
		jdbc.sql("""
				select rep_id, max(created_at) as last from scheduling_appointments
				where organization_id = ? and booking_page_id = ? and rep_id = any(?) group by rep_id""")
			.params(organization.value(), page, reps.toArray(UUID[]::new))
			.query(rs -> {
				last.put(rs.getObject(1, UUID.class), SqlTimes.instant(rs, "last"));
			});
		return last;
	}

	void insert(OrganizationId organization, UUID id, NewAppointment appointment) {
		jdbc.sql("""
				insert into scheduling_appointments (id, organization_id, booking_page_id, rep_id, contact_id, starts_at,
				    ends_at, blocked_from, blocked_until, time_zone, assignment_reason, answers)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
			.params(id, organization.value(), appointment.pageId(), appointment.repId(), appointment.contactId(),
					SqlTimes.of(appointment.start()), SqlTimes.of(appointment.end()),
					SqlTimes.of(appointment.blockedFrom()), SqlTimes.of(appointment.blockedUntil()),
					appointment.timeZone().getId(), appointment.reason(), answersJson(appointment.answers()))
			.update();
	}

	/** A page of the list, latest start first. */
	List<Appointment> list(OrganizationId organization, AppointmentFilter filter, @Nullable PageCursor after, int limit) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where a.organization_id = ?");
		List<Object> params = new ArrayList<>(List.of(organization.value()));
		if (filter.repId() != null) {
			sql.append(" and a.rep_id = ?");
			params.add(filter.repId());
		}
		if (filter.status() != null) {
			sql.append(" and a.status = ?");
			params.add(filter.status().key());
		}
		if (filter.from() != null) {
			sql.append(" and a.starts_at >= ?");
			params.add(SqlTimes.of(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and a.starts_at < ?");
			params.add(SqlTimes.of(filter.to()));
		}
		if (after != null) {
			sql.append(" and (a.starts_at, a.id) < (?, ?)");
			params.add(SqlTimes.of(after.instant()));
			params.add(after.id());
		}
		sql.append(" order by a.starts_at desc, a.id desc limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query(AppointmentRepository::appointment).list();
	}

	static String answersJson(Map<String, String> answers) {
		return JSON.writeValueAsString(answers);
	}

	static Appointment appointment(ResultSet rs, int row) throws SQLException {
		return new Appointment(AppointmentId.of(rs.getObject("id", UUID.class)),
				OrganizationId.of(rs.getObject("organization_id", UUID.class)),
				BookingPageId.of(rs.getObject("booking_page_id", UUID.class)), rs.getString("title"),
				UserId.of(rs.getObject("rep_id", UUID.class)), ContactId.of(rs.getObject("contact_id", UUID.class)),
				SqlTimes.instant(rs, "starts_at"), SqlTimes.instant(rs, "ends_at"), ZoneId.of(rs.getString("time_zone")),
				AppointmentStatus.fromKey(rs.getString("status")), rs.getString("assignment_reason"),
				JSON.readValue(rs.getString("answers"), ANSWERS), rs.getInt("sequence"),
				SqlTimes.instant(rs, "created_at"));
	}
}
