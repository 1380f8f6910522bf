package com.growthhub.integrations.internal.connectors.ctm;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.growthhub.calls.CallDirection;
import com.growthhub.calls.CallStatus;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.TranscriptLine;
import com.growthhub.integrations.internal.connectors.ProviderFailureException;

import tools.jackson.databind.JsonNode;

/**
 * One call object of CallTrackingMetrics (in the calls list, the call detail and a webhook delivery) read into an
 * {@link IncomingCall}. Fields the account does not fill are absent or empty; only {@code id} and a start time are
 * required.
 */
final class CtmCallJson {

	/** {@code called_at} as the API formats it when {@code unix_time} is missing: {@code 2026-12-01 09:15 AM -05:00}. */
	private static final DateTimeFormatter CALLED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a xxx", Locale.ROOT);

	/** A transcript line that names its speaker: {@code Agent: …}, {@code Caller: …}, {@code Speaker 2: …}. */
	private static final Pattern TURN = Pattern.compile("^\\s*(Agent|Caller|Customer|Speaker \\d+)\\s*:\\s*(.+)$",
			Pattern.CASE_INSENSITIVE);

	private CtmCallJson() {
	}

	static IncomingCall read(JsonNode call) {
		String id = text(call, "id");
		if (id == null) {
			throw new ProviderFailureException("CallTrackingMetrics sent a call without an id");
		}
		int duration = Math.max(0, call.path("duration").asInt(0));
		return new IncomingCall(id, text(call, "tracking_number"), text(call, "caller_number"), callerName(call),
				direction(call), text(call, "source"), campaign(call), startedAt(call, id), duration, status(call, duration),
				text(call, "audio"), transcript(text(call, "transcription_text")), rating(call));
	}

	/** The account a webhook delivery's call belongs to. */
	static @Nullable String account(JsonNode call) {
		return text(call, "account_id");
	}

	private static @Nullable String callerName(JsonNode call) {
		String name = text(call, "name");
		return name != null ? name : text(call, "cnam");
	}

	private static @Nullable String campaign(JsonNode call) {
		String campaign = text(call, "campaign");
		return campaign != null ? campaign : text(call, "tracking_label");
	}

	private static CallDirection direction(JsonNode call) {
		String direction = text(call, "direction");
		return direction != null && direction.toLowerCase(Locale.ROOT).startsWith("out") ? CallDirection.OUTBOUND
				: CallDirection.INBOUND;
	}

	private static Instant startedAt(JsonNode call, String id) {
		if (call.path("unix_time").isNumber()) {
			return Instant.ofEpochSecond(call.path("unix_time").asLong());
		}
		String calledAt = text(call, "called_at");
		if (calledAt != null) {
			try {
				return OffsetDateTime.parse(calledAt, CALLED_AT).toInstant();
			}
			catch (DateTimeParseException notThatForm) {
				try {
					return OffsetDateTime.parse(calledAt).toInstant();
				}
				catch (DateTimeParseException unreadable) {
					// Falls through to the failure below.
				}
			}
		}
		throw new ProviderFailureException("CallTrackingMetrics sent call " + id + " without a start time GrowthHub can read");
	}

	/**
	 * {@code dial_status} is the telephony outcome ({@code completed}, {@code no-answer}, {@code busy}…); a call that
	 * went to voicemail says so in {@code voicemail} or in its status.
	 */
	private static CallStatus status(JsonNode call, int duration) {
		String dial = String.valueOf(text(call, "dial_status")).toLowerCase(Locale.ROOT);
		String status = String.valueOf(text(call, "status")).toLowerCase(Locale.ROOT);
		if (call.path("voicemail").asBoolean(false) || dial.contains("voicemail") || status.contains("voicemail")) {
			return CallStatus.VOICEMAIL;
		}
		boolean answered = dial.equals("completed") || dial.equals("answered") || status.equals("answered");
		return answered && duration > 0 ? CallStatus.ANSWERED : CallStatus.MISSED;
	}

	static List<TranscriptLine> transcript(@Nullable String text) {
		if (text == null) {
			return List.of();
		}
		List<TranscriptLine> lines = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher turn = TURN.matcher(line);
			lines.add(turn.matches() ? new TranscriptLine(turn.group(1), turn.group(2).strip())
					: new TranscriptLine(null, line.strip()));
		}
		return lines;
	}

	/** The sale's score, 1–5; CallTrackingMetrics keeps 0 (or no sale) for a call nobody scored. */
	private static @Nullable Integer rating(JsonNode call) {
		JsonNode score = call.path("sale").path("score");
		if (!score.isNumber() && !(score.isString() && score.asString().matches("\\d"))) {
			return null;
		}
		int value = score.asInt();
		return value >= 1 && value <= 5 ? value : null;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		if (value.isNull() || value.isMissingNode()) {
			return null;
		}
		String text = value.isString() ? value.asString() : value.toString();
		return text.isBlank() ? null : text.strip();
	}
}
