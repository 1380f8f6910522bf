package com.growthhub.masterclasses.internal.live;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * The host's notifications: pushed now to everyone in the room, or scheduled at a media time and sent by
 * {@link #sendDue()} when the live session reaches it (once, whichever node claims it first).
 */
@Component
public class LiveNotifications {

	private final NotificationRepository notifications;
	private final LiveRooms rooms;
	private final TenantTransactions transactions;
	private final LiveUpdates updates;
	private final JsonMapper json;

	LiveNotifications(NotificationRepository notifications, LiveRooms rooms, TenantTransactions transactions,
			LiveUpdates updates, JsonMapper json) {
		this.notifications = notifications;
		this.rooms = rooms;
		this.transactions = transactions;
		this.updates = updates;
		this.json = json;
	}

	public LiveNotification create(OrganizationId organization, Actor actor, UUID masterclassId, NotificationRequest request) {
		LiveRoom room = rooms.moderated(organization, actor, masterclassId);
		NotificationRequest checked = request.checked();
		boolean now = Boolean.TRUE.equals(checked.sendNow());
		if (now && !room.live()) {
			throw LiveRefusedException.notLive("Start the masterclass to send a notification now; or schedule it at a media time.");
		}
		NotificationRequest stored = now
				? new NotificationRequest(checked.kind(), checked.text(), checked.url(), room.mediaSecondsAt(Instant.now()), true)
				: checked;
		return transactions.call(organization, actor, () -> {
			LiveNotification notification = notifications.insert(organization, masterclassId, stored, actor.userId(), now);
			if (now) {
				publish(notification);
			}
			return notification;
		});
	}

	public List<LiveNotification> list(OrganizationId organization, Actor actor, UUID masterclassId) {
		rooms.room(organization, actor, masterclassId);
		return transactions.call(organization, actor, () -> notifications.list(organization, masterclassId));
	}

	public void delete(OrganizationId organization, Actor actor, UUID masterclassId, UUID id) {
		rooms.moderated(organization, actor, masterclassId);
		transactions.run(organization, actor, () -> {
			if (!notifications.delete(organization, masterclassId, id)) {
				throw NotFoundException.of("The notification");
			}
		});
	}

	/** What a registrant's room shows: sent ones live, all of them (at their media times) in the replay. */
	public List<LiveNotification> forRoom(LiveRoom room) {
		List<LiveNotification> all = transactions.call(room.organization(), new Actor.Job("live-room"),
				() -> notifications.list(room.organization(), room.masterclassId()));
		return room.replay() ? all.stream().filter(n -> n.mediaTimeSeconds() != null).toList()
				: all.stream().filter(n -> n.sentAt() != null).toList();
	}

	/** Records a registrant's click; a notification of another masterclass is not found. */
	public LiveNotification click(Attendee attendee, UUID notificationId, Integer replaySeconds) {
		LiveRoom room = attendee.room();
		return transactions.call(room.organization(), new Actor.Job("live-room"), () -> {
			LiveNotification notification = notifications.find(room.organization(), room.masterclassId(), notificationId)
				.orElseThrow(() -> NotFoundException.of("The notification"));
			int media = room.replay() && replaySeconds != null ? Math.max(0, replaySeconds) : room.mediaSecondsAt(Instant.now());
			notifications.click(room.organization(), room.masterclassId(), notificationId, attendee.registrationId(), media);
			return notification;
		});
	}

	public long clicks(OrganizationId organization, Actor actor, UUID masterclassId, UUID notificationId) {
		rooms.room(organization, actor, masterclassId);
		return transactions.call(organization, actor, () -> notifications.clicks(organization, masterclassId, notificationId));
	}

	/** Sends every scheduled notification that is due; answers how many this node sent. */
	public int sendDue() {
		return transactions.call(TenantScope.system(new Actor.Job("live-notifications")), () -> {
			List<LiveNotification> due = notifications.claimDue();
			due.forEach(this::publish);
			return due.size();
		});
	}

	private void publish(LiveNotification notification) {
		updates.publish(LiveRoom.topic(notification.masterclassId()), "notification", json.writeValueAsString(notification));
	}
}
