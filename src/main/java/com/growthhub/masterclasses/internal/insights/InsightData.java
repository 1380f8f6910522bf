package com.growthhub.masterclasses.internal.insights;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.masterclasses.internal.transcripts.ClassFacts;

/**
 * What a masterclass recorded, as rows: the input of {@link InsightFigures}, so the figures and the rule-based
 * insights are computed (and unit-tested) from a recorded session without a database.
 */
public record InsightData(ClassFacts masterclass, List<AgendaItem> agenda, List<Registration> registrations,
		List<Session> sessions, List<ChatMessage> chat, List<Offer> offers, List<Line> transcript,
		List<Money> seatRevenue) {

	public record AgendaItem(int minute, String title) {
	}

	/** funnelStatus: registered, invoiced, paid, attended, scheduled, won or lost. */
	public record Registration(UUID id, @Nullable UUID contactId, String funnelStatus, boolean hasSeat,
			Instant createdAt) {
	}

	/** A live or replay viewing stretch; {@code end()} is when it was last seen if it never said goodbye. */
	public record Session(UUID registrationId, String mode, Instant joinedAt, Instant lastSeenAt,
			@Nullable Instant leftAt, int secondsWatched) {

		Instant end() {
			return leftAt != null ? leftAt : lastSeenAt;
		}
	}

	public record ChatMessage(int mediaSeconds, String body, boolean question, boolean answered) {
	}

	/** A timed notification with how many clicks it had and from how many registrants. */
	public record Offer(UUID id, String kind, String text, @Nullable Integer mediaTimeSeconds, int clicks,
			int clickers) {
	}

	public record Line(long startMs, long endMs, @Nullable String speaker, String text) {
	}

	public record Money(long cents, String currency) {
	}

	/** When the class's media time 0 is: its live start, else its planned start. */
	Instant mediaZero() {
		return masterclass.liveStartedAt() != null ? masterclass.liveStartedAt() : masterclass.startsAt();
	}
}
