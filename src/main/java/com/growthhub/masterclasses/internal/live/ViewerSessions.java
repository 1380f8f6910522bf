package com.growthhub.masterclasses.internal.live;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.masterclasses.internal.FunnelStatus;
import com.growthhub.masterclasses.internal.RegistrationFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Who watches: each heartbeat (every 30 s) extends the registrant's session, and live minutes reaching the class's
 * attendance threshold move the registration to attended, once. In the waiting room nothing is recorded: waiting is
 * not watching.
 */
@Component
public class ViewerSessions {

	private final ViewerSessionRepository sessions;
	private final LiveRoomRepository rooms;
	private final LiveRooms access;
	private final RegistrationFunnel funnel;
	private final TenantTransactions transactions;

	ViewerSessions(ViewerSessionRepository sessions, LiveRoomRepository rooms, LiveRooms access, RegistrationFunnel funnel,
			TenantTransactions transactions) {
		this.sessions = sessions;
		this.rooms = rooms;
		this.access = access;
		this.funnel = funnel;
		this.transactions = transactions;
	}

	public record Beat(int viewers, String status, int mediaSeconds) {
	}

	public Beat heartbeat(Attendee attendee) {
		LiveRoom room = attendee.room();
		OrganizationId organization = room.organization();
		Actor actor = new Actor.Job("live-room");
		return transactions.call(organization, actor, () -> {
			if (room.live() || room.replay()) {
				String mode = room.live() ? "live" : "replay";
				long watched = sessions.beat(organization, room.masterclassId(), attendee.registrationId(), mode);
				if (room.live() && new AttendanceThreshold(room.attendanceThresholdMinutes()).reachedBy(watched)
						&& AttendanceThreshold.before(rooms.funnelStatus(organization, attendee.registrationId()))) {
					funnel.advance(organization, attendee.registrationId(), FunnelStatus.ATTENDED);
				}
			}
			return new Beat(sessions.viewers(organization, room.masterclassId(), "live"), room.status(),
					room.mediaSecondsAt(java.time.Instant.now()));
		});
	}

	public void leave(Attendee attendee) {
		LiveRoom room = attendee.room();
		transactions.run(room.organization(), new Actor.Job("live-room"),
				() -> sessions.leave(room.organization(), room.masterclassId(), attendee.registrationId()));
	}

	public int viewers(LiveRoom room) {
		return transactions.call(room.organization(), new Actor.Job("live-room"),
				() -> sessions.viewers(room.organization(), room.masterclassId(), "live"));
	}

	public record AttendanceRow(UUID registrationId, String name, String email, String funnelStatus, long minutesWatched,
			long replayMinutes, boolean attended, java.time.@org.jspecify.annotations.Nullable Instant firstJoinedAt,
			java.time.@org.jspecify.annotations.Nullable Instant lastSeenAt) {
	}

	public List<AttendanceRow> attendance(OrganizationId organization, Actor actor, UUID masterclassId) {
		LiveRoom room = access.room(organization, actor, masterclassId);
		AttendanceThreshold threshold = new AttendanceThreshold(room.attendanceThresholdMinutes());
		return transactions.call(organization, actor, () -> sessions.attendance(organization, masterclassId)).stream()
			.map(w -> new AttendanceRow(w.registrationId(), w.name(), w.email(), w.funnelStatus(), w.liveSeconds() / 60,
					w.replaySeconds() / 60, w.liveSeconds() > 0 && threshold.reachedBy(w.liveSeconds()), w.firstJoinedAt(),
					w.lastSeenAt()))
			.toList();
	}
}
