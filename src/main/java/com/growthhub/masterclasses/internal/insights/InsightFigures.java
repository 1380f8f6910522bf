package com.growthhub.masterclasses.internal.insights;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A masterclass's figures (MC4, AN4): each list is what one chart draws and its table lists. Minutes are media
 * minutes, counted from the live start.
 */
public record InsightFigures(List<DayCount> registrationsByDay, int registered, int withSeat, int joinedLive,
		@Nullable Integer showUpPercent, List<MinuteCount> viewersByMinute, int peakViewers, List<DropOff> dropOffs,
		List<MinuteCount> chatByMinute, int chatMessages, int questions, int questionsAnswered,
		List<String> recentQuestions, List<Topic> topics, List<OfferStat> offers, List<FunnelStep> funnel,
		List<InsightData.Money> seatRevenue) {

	public record DayCount(String day, int count) {
	}

	public record MinuteCount(int minute, int count) {

		/** The minute as a media time, e.g. 32:00. */
		public String clock() {
			return InsightFigures.clock(minute * 60);
		}
	}

	/**
	 * A minute in which viewers left for good: how many, of how many watching then, around which second, in which
	 * agenda section and on which transcript line.
	 */
	public record DropOff(int minute, int atSecond, int left, int viewers, int percent, @Nullable String section,
			@Nullable String line) {

		public String clock() {
			return InsightFigures.clock(atSecond);
		}
	}

	public record Topic(String term, int count) {
	}

	public record OfferStat(String id, String kind, String text, @Nullable Integer mediaTimeSeconds, int clicks,
			int clickers, @Nullable Integer clickerPercent) {
	}

	/** step: registered, paid, attended, scheduled or won; the rates are whole percents, null without a base. */
	public record FunnelStep(String step, int count, @Nullable Integer fromPreviousPercent,
			@Nullable Integer ofRegisteredPercent) {
	}

	static @Nullable Integer percent(int part, int whole) {
		return whole == 0 ? null : Math.round(part * 100f / whole);
	}

	/** 32:10, or 1:05:00 past an hour. */
	public static String clock(int seconds) {
		return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
				: "%d:%02d".formatted(seconds / 60, seconds % 60);
	}
}
