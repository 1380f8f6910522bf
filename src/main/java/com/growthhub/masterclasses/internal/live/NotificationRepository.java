package com.growthhub.masterclasses.internal.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** The host's timed notifications and the clicks on them. */
@Repository
class NotificationRepository {

	private static final String COLUMNS = "id, masterclass_id, kind, text, url, media_time_seconds, sent_at, created_at";

	private final JdbcClient jdbc;

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LiveNotification insert(OrganizationId organization, UUID masterclassId, NotificationRequest request,
			@Nullable UUID createdBy, boolean sent) {
		return jdbc.sql("insert into masterclass_notifications (organization_id, masterclass_id, kind, text, url, "
				+ "media_time_seconds, sent_at, created_by) values (?, ?, ?, ?, ?, ?, case when ? then now() end, ?) returning "
				+ COLUMNS)
			.params(organization.value(), masterclassId, request.kind(), request.text(), request.url(),
					request.mediaTimeSeconds(), sent, createdBy)
			.query(NotificationRepository::notification).single();
	}

	List<LiveNotification> list(OrganizationId organization, UUID masterclassId) {
		return jdbc.sql("select " + COLUMNS + " from masterclass_notifications where organization_id = ? and masterclass_id = ?"
				+ " order by coalesce(media_time_seconds, 0), created_at").params(organization.value(), masterclassId)
			.query(NotificationRepository::notification).list();
	}

	Optional<LiveNotification> find(OrganizationId organization, UUID masterclassId, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from masterclass_notifications where organization_id = ? and masterclass_id = ? and id = ?")
			.params(organization.value(), masterclassId, id).query(NotificationRepository::notification).optional();
	}

	boolean delete(OrganizationId organization, UUID masterclassId, UUID id) {
		return jdbc.sql("delete from masterclass_notifications where organization_id = ? and masterclass_id = ? and id = ?")
			.params(organization.value(), masterclassId, id).update() > 0;
	}

	/**
	 * Marks sent, and answers, every scheduled notification whose media time has come in a live masterclass. The
	 * conditional update is the claim: of nodes running it at once, each row goes to exactly one.
	 */
	List<LiveNotification> claimDue() {
		return jdbc.sql("""
				update masterclass_notifications n set sent_at = now()
				from masterclasses m
				where m.id = n.masterclass_id and m.status = 'live' and m.live_started_at is not null
				  and n.sent_at is null and n.media_time_seconds is not null
				  and m.live_started_at + make_interval(secs => n.media_time_seconds) <= now()
				returning n.id, n.masterclass_id, n.kind, n.text, n.url, n.media_time_seconds, n.sent_at, n.created_at
				""").query(NotificationRepository::notification).list();
	}

	void click(OrganizationId organization, UUID masterclassId, UUID notificationId, UUID registrationId, int mediaSeconds) {
		jdbc.sql("insert into masterclass_offer_clicks (organization_id, masterclass_id, notification_id, registration_id, "
				+ "media_seconds) values (?, ?, ?, ?, ?)")
			.params(organization.value(), masterclassId, notificationId, registrationId, mediaSeconds).update();
	}

	long clicks(OrganizationId organization, UUID masterclassId, UUID notificationId) {
		return jdbc.sql("select count(*) from masterclass_offer_clicks where organization_id = ? and masterclass_id = ? and notification_id = ?")
			.params(organization.value(), masterclassId, notificationId).query(Long.class).single();
	}

	private static LiveNotification notification(ResultSet rs, int row) throws SQLException {
		var sent = rs.getTimestamp("sent_at");
		return new LiveNotification(rs.getObject("id", UUID.class), rs.getObject("masterclass_id", UUID.class),
				rs.getString("kind"), rs.getString("text"), rs.getString("url"), (Integer) rs.getObject("media_time_seconds"),
				sent == null ? null : sent.toInstant(), rs.getTimestamp("created_at").toInstant());
	}
}
