package com.growthhub.masterclasses.internal.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** Reads the masterclass and the registration behind a join token; the core part owns and writes both tables. */
@Repository
class LiveRoomRepository {

	private static final String ROOM = """
			m.organization_id, m.id, m.slug, m.title, m.status, m.stream_kind, coalesce(m.stream_url, '') as stream_url, m.starts_at, m.ends_at,
			m.time_zone, coalesce(m.agenda, '[]'::jsonb)::text as agenda, m.live_started_at, m.live_ended_at,
			m.booking_page_id, m.host_user_id, m.attendance_threshold_minutes""";

	private final JdbcClient jdbc;

	LiveRoomRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Runs in the system scope: the token is the credential and names the organization. */
	Optional<Attendee> attendee(String tokenHash) {
		return jdbc.sql("select " + ROOM + """
				, r.id as registration_id, r.name, r.email, r.funnel_status
				from masterclass_registrations r join masterclasses m on m.id = r.masterclass_id
				where r.id in (select id from masterclass_registrations where join_token_hash = ?
				               union all select registration_id from masterclass_join_links where token_hash = ?)
				  and r.has_seat and m.status <> 'draft'
				""").params(tokenHash, tokenHash).query((rs, row) -> new Attendee(room(rs), rs.getObject("registration_id", UUID.class),
						rs.getString("name"), rs.getString("email"), rs.getString("funnel_status")))
			.optional();
	}

	Optional<LiveRoom> room(OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("select " + ROOM + " from masterclasses m where m.organization_id = ? and m.id = ?")
			.params(organization.value(), masterclassId).query((rs, row) -> room(rs)).optional();
	}

	/** Every masterclass live now, across organizations (system scope): for the timers that serve live rooms. */
	List<LiveRoom> liveRooms() {
		return jdbc.sql("select " + ROOM + " from masterclasses m where m.status = 'live'").query((rs, row) -> room(rs)).list();
	}

	String funnelStatus(OrganizationId organization, UUID registrationId) {
		return jdbc.sql("select funnel_status from masterclass_registrations where organization_id = ? and id = ?")
			.params(organization.value(), registrationId).query(String.class).single();
	}

	private static LiveRoom room(ResultSet rs) throws SQLException {
		return new LiveRoom(new OrganizationId(rs.getObject("organization_id", UUID.class)), rs.getObject("id", UUID.class),
				rs.getString("slug"), rs.getString("title"), rs.getString("status"), rs.getString("stream_kind"),
				rs.getString("stream_url"), required(rs, "starts_at"), required(rs, "ends_at"), rs.getString("time_zone"),
				rs.getString("agenda"), instant(rs, "live_started_at"), instant(rs, "live_ended_at"),
				rs.getObject("booking_page_id", UUID.class), rs.getObject("host_user_id", UUID.class),
				rs.getInt("attendance_threshold_minutes"));
	}

	private static Instant required(ResultSet rs, String column) throws SQLException {
		return rs.getTimestamp(column).toInstant();
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
