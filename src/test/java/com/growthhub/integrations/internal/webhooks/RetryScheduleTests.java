package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Waits double with jitter up to the longest, honour Retry-After, and end after three days. */
class RetryScheduleTests {

	private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofDays(3));
	private final Instant queued = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void waitsDoubleWithJitterUpToTheLongest() {
		assertThat(wait(1)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(36));
		assertThat(wait(2)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
		assertThat(wait(5)).isBetween(Duration.ofSeconds(384), Duration.ofSeconds(576));
		assertThat(wait(30)).isBetween(Duration.ofHours(6).multipliedBy(4).dividedBy(5), Duration.ofHours(6).multipliedBy(6).dividedBy(5));
	}

	@Test
	void aLongerRetryAfterIsHonoured() {
		assertThat(schedule.next(1, queued, queued, Duration.ofMinutes(10))).contains(queued.plus(Duration.ofMinutes(10)));
	}

	@Test
	void nothingIsScheduledBeyondThreeDays() {
		Instant late = queued.plus(Duration.ofDays(3)).minusSeconds(60);
		assertThat(schedule.next(20, queued, late, null)).isEmpty();
		assertThat(schedule.next(1, queued, queued.plus(Duration.ofDays(2)), null)).isPresent();
	}

	private Duration wait(int attempt) {
		return Duration.between(queued, schedule.next(attempt, queued, queued, null).orElseThrow());
	}
}
