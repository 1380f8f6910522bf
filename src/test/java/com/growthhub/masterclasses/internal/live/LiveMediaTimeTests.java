package com.growthhub.masterclasses.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.growthhub.shared.OrganizationId;

/** Media time (seconds since the session went live) and the checks of a scheduled notification. */
class LiveMediaTimeTests {

	private static final Instant START = Instant.parse("2026-12-03T18:00:00Z");

	@Test
	void countsSecondsSinceTheSessionWentLive() {
		LiveRoom room = room("live", START, null);
		assertThat(room.mediaSecondsAt(START.minusSeconds(30))).isZero();
		assertThat(room.mediaSecondsAt(START)).isZero();
		assertThat(room.mediaSecondsAt(START.plusSeconds(754))).isEqualTo(754);
	}

	@Test
	void stopsAtTheEndAndIsZeroBeforeTheStart() {
		assertThat(room("ended", START, START.plusSeconds(3600)).mediaSecondsAt(START.plusSeconds(9000))).isEqualTo(3600);
		assertThat(room("published", null, null).mediaSecondsAt(START)).isZero();
	}

	@Test
	void aScheduledNotificationNeedsEitherAMediaTimeOrSendNow() {
		assertThat(new NotificationRequest("offer", " 20% off today ", null, 750, null).checked())
			.isEqualTo(new NotificationRequest("offer", "20% off today", null, 750, false));
		assertThat(new NotificationRequest("book_call", "Talk to us", null, null, true).checked().sendNow()).isTrue();
		assertThatThrownBy(() -> new NotificationRequest("offer", "x", null, 10, true).checked())
			.isInstanceOf(LiveRefusedException.class);
		assertThatThrownBy(() -> new NotificationRequest("offer", "x", null, null, null).checked())
			.isInstanceOf(LiveRefusedException.class);
		assertThatThrownBy(() -> new NotificationRequest("offer", "x", null, -1, null).checked())
			.isInstanceOf(LiveRefusedException.class);
		assertThatThrownBy(() -> new NotificationRequest("banner", "x", null, 1, null).checked())
			.isInstanceOf(LiveRefusedException.class);
		assertThatThrownBy(() -> new NotificationRequest("link", "x", "javascript:alert(1)", 1, null).checked())
			.isInstanceOf(LiveRefusedException.class);
		assertThatThrownBy(() -> new NotificationRequest("link", "x", null, 1, null).checked())
			.as("a link without its address").isInstanceOf(LiveRefusedException.class);
	}

	static LiveRoom room(String status, @Nullable Instant started, @Nullable Instant ended) {
		return new LiveRoom(OrganizationId.of(UUID.randomUUID()), UUID.randomUUID(), "class", "Class", status, "hls",
				"https://cdn.example.com/live.m3u8", START, START.plusSeconds(7200), "UTC", "[]", started, ended, null, null, 10);
	}
}
