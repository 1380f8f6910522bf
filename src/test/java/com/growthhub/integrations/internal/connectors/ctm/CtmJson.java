package com.growthhub.integrations.internal.connectors.ctm;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Bodies shaped like CallTrackingMetrics' API v1 answers: a call object (as in the calls list, the call detail and a
 * webhook delivery) and a page of the calls list with {@code next_page} (absent on the last page).
 */
public final class CtmJson {

	private CtmJson() {
	}

	/** An answered inbound call from Google Ads with a recording, a transcript (or none) and a sale score (or none). */
	public static String call(long id, long accountId, Instant start, int duration, @Nullable String transcript,
			@Nullable Integer score) {
		return """
				{"id":%d,"account_id":%d,"sid":"CA%032d","name":"Jane Roe","cnam":"ROE JANE",
				 "caller_number":"+1555%07d","caller_number_format":"(555) %03d-%04d","tracking_number":"+15559870000",
				 "tracking_label":"Spring campaign","business_number":"+15550001111","direction":"inbound",
				 "source":"Google Ads","called_at":"%s","unix_time":%d,"duration":%d,"talk_time":%d,"ring_time":6,
				 "dial_status":"%s","audio":"https://app.calltrackingmetrics.com/accounts/%d/calls/%d/recording.mp3",
				 "transcription_text":%s,"tag_list":[],"sale":%s}
				""".formatted(id, accountId, id, id % 10_000_000, (id / 10_000) % 1000, id % 10_000,
				java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd hh:mm a xxx", java.util.Locale.ROOT)
					.format(start.atOffset(java.time.ZoneOffset.ofHours(-5))),
				start.getEpochSecond(), duration, Math.max(0, duration - 6), duration > 0 ? "completed" : "no-answer", accountId,
				id, transcript == null ? "null" : "\"" + transcript.replace("\n", "\\n").replace("\"", "\\\"") + "\"",
				score == null ? "null" : "{\"name\":\"\",\"score\":" + score + ",\"conversion\":0,\"value\":0.0,\"sale_date\":null}");
	}

	/** A page of {@code GET /api/v1/accounts/{id}/calls.json}; {@code nextPage} null on the last. */
	public static String page(String baseUrl, long accountId, int page, int perPage, int totalEntries, List<String> calls,
			boolean last) {
		int totalPages = (totalEntries + perPage - 1) / perPage;
		String next = last ? "" : ",\"next_page\":\"%s/api/v1/accounts/%d/calls.json?page=%d&per_page=%d\"".formatted(baseUrl,
				accountId, page + 1, perPage);
		return "{\"page\":%d,\"per_page\":%d,\"total_entries\":%d,\"total_pages\":%d%s,\"calls\":[%s]}".formatted(page, perPage,
				totalEntries, totalPages, next, calls.stream().collect(Collectors.joining(",")));
	}
}
