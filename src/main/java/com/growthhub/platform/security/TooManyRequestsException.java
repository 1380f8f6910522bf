package com.growthhub.platform.security;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answers 429 with a Retry-After header. */
public class TooManyRequestsException extends ErrorResponseException {

	public TooManyRequestsException(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(retryAfter), null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
	}

	private static ProblemDetail problem(Duration retryAfter) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many attempts. Try again in " + describe(retryAfter) + ".");
		problem.setTitle("Too many requests");
		problem.setProperty("retryAfterSeconds", retryAfter.toSeconds());
		return problem;
	}

	private static String describe(Duration duration) {
		long seconds = duration.toSeconds();
		return seconds < 60 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
	}

	public long retryAfterSeconds() {
		return Long.parseLong(getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
	}
}
