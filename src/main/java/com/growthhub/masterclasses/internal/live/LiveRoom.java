package com.growthhub.masterclasses.internal.live;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/** What the live room needs to know of a masterclass: its stream, its times and its state. */
public record LiveRoom(OrganizationId organization, UUID masterclassId, String slug, String title, String status,
		String streamKind, String streamUrl, Instant startsAt, Instant endsAt, String timeZone, String agendaJson,
		@Nullable Instant liveStartedAt, @Nullable Instant liveEndedAt, @Nullable UUID bookingPageId, @Nullable UUID hostUserId,
		int attendanceThresholdMinutes) {

	public boolean waiting() {
		return "draft".equals(status) || "published".equals(status);
	}

	public boolean live() {
		return "live".equals(status);
	}

	public boolean replay() {
		return "ended".equals(status) || "archived".equals(status);
	}

	/** Seconds since the session went live: the media time of what happens now. */
	public int mediaSecondsAt(Instant moment) {
		if (liveStartedAt == null || moment.isBefore(liveStartedAt)) {
			return 0;
		}
		Instant end = liveEndedAt != null && moment.isAfter(liveEndedAt) ? liveEndedAt : moment;
		return (int) Math.min(Integer.MAX_VALUE, Duration.between(liveStartedAt, end).toSeconds());
	}

	public String topic() {
		return topic(masterclassId);
	}

	/** The live-updates topic of one masterclass's room, on every node. */
	public static String topic(UUID masterclassId) {
		return "masterclass:" + masterclassId;
	}
}
