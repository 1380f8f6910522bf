package com.growthhub.calls;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Calls as CallTrackingMetrics would report them. */
public final class CallFixtures {

	private CallFixtures() {
	}

	public static String externalId() {
		return "ctm-" + UUID.randomUUID().toString().substring(0, 12);
	}

	public static IncomingCall answered(String externalId, String callerNumber, @Nullable Integer rating,
			String... callerLines) {
		List<TranscriptLine> transcript = Arrays.stream(callerLines).map(line -> new TranscriptLine("caller", line))
			.toList();
		return new IncomingCall(externalId, "+18005550100", callerNumber, "Grace Hopper", CallDirection.INBOUND,
				"google_ads", "Spring promo", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
				180, CallStatus.ANSWERED, "https://ctm.example/recordings/" + externalId + ".mp3", transcript, rating);
	}

	public static IncomingCall withTranscript(IncomingCall call, String... callerLines) {
		List<TranscriptLine> transcript = Arrays.stream(callerLines).map(line -> new TranscriptLine("caller", line))
			.toList();
		return new IncomingCall(call.externalId(), call.trackingNumber(), call.callerNumber(), call.callerName(),
				call.direction(), call.source(), call.campaign(), call.startedAt(), call.durationSeconds(), call.status(),
				call.recordingUrl(), transcript, call.rating());
	}

	public static IncomingCall withRating(IncomingCall call, @Nullable Integer rating) {
		return new IncomingCall(call.externalId(), call.trackingNumber(), call.callerNumber(), call.callerName(),
				call.direction(), call.source(), call.campaign(), call.startedAt(), call.durationSeconds(), call.status(),
				call.recordingUrl(), call.transcript(), rating);
	}

	public static IncomingCall missed(String externalId, String callerNumber) {
		return new IncomingCall(externalId, "+18005550100", callerNumber, null, CallDirection.INBOUND, "website", null,
				Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS), 0, CallStatus.MISSED, null,
				List.of(), null);
	}
}
