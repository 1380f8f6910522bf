package com.growthhub.messaging.internal.lines;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 429: a line reached one of its daily limits; says which and when the day (in the organization's zone) ends. */
public class DailyLimitReachedException extends ProblemException {

	private final String limit;

	private DailyLimitReachedException(String limit, String detail) {
		super(HttpStatus.TOO_MANY_REQUESTS, "Daily limit reached", detail);
		this.limit = limit;
	}

	static DailyLimitReachedException of(String limit, int value, Instant resetsAt, Instant now) {
		String what = "messages".equals(limit) ? value + " messages" : value + " new conversations";
		DailyLimitReachedException refused = new DailyLimitReachedException(limit,
				"This line has reached its daily limit of " + what + ". It resets at midnight in your organization's "
						+ "time zone (" + resetsAt + ").");
		refused.getBody().setProperty("limit", limit);
		refused.getBody().setProperty("limitValue", value);
		refused.getBody().setProperty("resetsAt", resetsAt.toString());
		long seconds = Math.max(1, Duration.between(now, resetsAt).toSeconds());
		refused.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		return refused;
	}

	/** {@code messages} or {@code new_conversations}. */
	public String limit() {
		return limit;
	}
}
