package com.growthhub.scheduling.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.contacts.ContactId;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.BookingPageId;
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
