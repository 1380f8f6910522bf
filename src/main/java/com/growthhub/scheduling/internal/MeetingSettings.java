package com.growthhub.scheduling.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * How a rep takes meetings: free time kept before and after each one, how long before a meeting it may still be booked,
 * and at most how many a day (in the rep's zone; null: no limit).
 */
public record MeetingSettings(Duration bufferBefore, Duration bufferAfter, Duration minimumNotice,
		@Nullable Integer maxPerDay) {

	public static final MeetingSettings DEFAULT = new MeetingSettings(Duration.ZERO, Duration.ZERO, Duration.ofHours(4),
			null);

	public MeetingSettings {
		if (bufferBefore.isNegative() || bufferBefore.toMinutes() > 240) {
			throw SchedulingInputException.of("bufferBeforeMinutes", "Between 0 and 240 minutes.");
		}
		if (bufferAfter.isNegative() || bufferAfter.toMinutes() > 240) {
			throw SchedulingInputException.of("bufferAfterMinutes", "Between 0 and 240 minutes.");
		}
		if (minimumNotice.isNegative() || minimumNotice.toMinutes() > 86_400) {
			throw SchedulingInputException.of("minimumNoticeMinutes", "Between 0 and 86400 minutes (60 days).");
		}
		if (maxPerDay != null && (maxPerDay < 1 || maxPerDay > 100)) {
			throw SchedulingInputException.of("maxPerDay", "Between 1 and 100, or empty for no limit.");
		}
	}
}
