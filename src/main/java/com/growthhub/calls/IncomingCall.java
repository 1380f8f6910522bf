package com.growthhub.calls;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A call as a provider reports it, new or updated. {@code externalId} identifies it at the provider; reporting the
 * same call again updates it. {@code transcript} is empty while the provider has none yet; {@code rating} (1–5) is
 * the rating the provider holds, or null when it holds none.
 *
 * @param callerNumber the caller's number as the provider gives it; the call log normalizes it to E.164
 * @param durationSeconds 0 for a call nobody answered
 */
public record IncomingCall(String externalId, @Nullable String trackingNumber, @Nullable String callerNumber,
		@Nullable String callerName, CallDirection direction, @Nullable String source, @Nullable String campaign,
		Instant startedAt, int durationSeconds, CallStatus status, @Nullable String recordingUrl,
		List<TranscriptLine> transcript, @Nullable Integer rating) {

	public IncomingCall {
		transcript = List.copyOf(transcript);
	}
}
