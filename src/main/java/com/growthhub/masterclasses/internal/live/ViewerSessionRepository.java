package com.growthhub.masterclasses.internal.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** Viewer sessions, from the live room's heartbeats. */
@Repository
class ViewerSessionRepository {

	/** Longer than two missed heartbeats (30 s each) plus slack: a longer silence starts a new session. */
	static final int SESSION_GAP_SECONDS = 75;

	/** Seen within this many seconds counts as watching now: one heartbeat (30 s) and a half. */
	static final int VIEWING_SECONDS = 45;

	private final JdbcClient jdbc;

	ViewerSessionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Extends the registrant's open session by the time since its last heartbeat, or opens one; answers the
	 * registrant's seconds watched in this mode so far, all sessions together.
	 */
	long beat(OrganizationId organization, UUID masterclassId, UUID registrationId, String mode) {
		int extended = jdbc.sql("""
				update masterclass_viewer_sessions s
				set seconds_watched = s.seconds_watched + least(:gap, greatest(0, extract(epoch from now() - s.last_seen_at)))::int,
				    last_seen_at = now()
				where s.id = (select id from masterclass_viewer_sessions
				              where organization_id = :org and masterclass_id = :class and registration_id = :reg and mode = :mode
				                and left_at is null and last_seen_at > now() - make_interval(secs => :gap)
				              order by last_seen_at desc limit 1)
				""").param("gap", SESSION_GAP_SECONDS).param("org", organization.value()).param("class", masterclassId)
			.param("reg", registrationId).param("mode", mode).update();
		if (extended == 0) {
			jdbc.sql("""
					update masterclass_viewer_sessions set left_at = last_seen_at
					where organization_id = ? and masterclass_id = ? and registration_id = ? and mode = ? and left_at is null
					""").params(organization.value(), masterclassId, registrationId, mode).update();
			jdbc.sql("insert into masterclass_viewer_sessions (organization_id, masterclass_id, registration_id, mode) values (?, ?, ?, ?)")
				.params(organization.value(), masterclassId, registrationId, mode).update();
		}
		return watched(organization, masterclassId, registrationId, mode);
	}

	/** The page was closed: the open session ends at its last heartbeat. */
	void leave(OrganizationId organization, UUID masterclassId, UUID registrationId) {
		jdbc.sql("update masterclass_viewer_sessions set left_at = now() where organization_id = ? and masterclass_id = ?"
				+ " and registration_id = ? and left_at is null")
			.params(organization.value(), masterclassId, registrationId).update();
	}

	long watched(OrganizationId organization, UUID masterclassId, UUID registrationId, String mode) {
		return jdbc.sql("select coalesce(sum(seconds_watched), 0) from masterclass_viewer_sessions where organization_id = ?"
				+ " and masterclass_id = ? and registration_id = ? and mode = ?")
			.params(organization.value(), masterclassId, registrationId, mode).query(Long.class).single();
	}

	/** People watching now: distinct registrants seen in the last {@value #VIEWING_SECONDS} s. */
	int viewers(OrganizationId organization, UUID masterclassId, String mode) {
		return jdbc.sql("""
				select count(distinct registration_id) from masterclass_viewer_sessions
				where masterclass_id = ? and mode = ? and organization_id = ? and left_at is null
				  and last_seen_at > now() - make_interval(secs => ?)
				""").params(masterclassId, mode, organization.value(), VIEWING_SECONDS).query(Integer.class).single();
	}

	record Watched(UUID registrationId, String name, String email, String funnelStatus, long liveSeconds,
			long replaySeconds, @Nullable Instant firstJoinedAt, @Nullable Instant lastSeenAt) {
	}

	/** Every registrant with a seat and what they watched, most first. */
	List<Watched> attendance(OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("""
				select r.id, r.name, r.email, r.funnel_status,
				       coalesce(sum(s.seconds_watched) filter (where s.mode = 'live'), 0) as live_seconds,
				       coalesce(sum(s.seconds_watched) filter (where s.mode = 'replay'), 0) as replay_seconds,
				       min(s.joined_at) as first_joined_at, max(s.last_seen_at) as last_seen_at
				from masterclass_registrations r
				left join masterclass_viewer_sessions s on s.registration_id = r.id and s.organization_id = r.organization_id
				where r.organization_id = ? and r.masterclass_id = ? and r.has_seat
				group by r.id, r.name, r.email, r.funnel_status
				order by live_seconds desc, replay_seconds desc, r.name, r.id
				""").params(organization.value(), masterclassId)
			.query((rs, row) -> new Watched(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
					rs.getString("funnel_status"), rs.getLong("live_seconds"), rs.getLong("replay_seconds"),
					instant(rs.getTimestamp("first_joined_at")), instant(rs.getTimestamp("last_seen_at"))))
			.list();
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
