package com.growthhub.reviews.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 422 for what the review rules refuse (a move its state does not allow, a reply privacy mode forbids), 403 by role. */
public class ReviewRefusedException extends ProblemException {

	private ReviewRefusedException(HttpStatus status, String title, String reason) {
		super(status, title, reason);
		withProperty("reason", reason);
	}

	static ReviewRefusedException transition(ReviewState from, String action, String why) {
		return new ReviewRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Review cannot be " + past(action),
				"A " + from.key() + " review cannot be " + past(action) + ": " + why + ".");
	}

	static ReviewRefusedException privacy(String reason) {
		return new ReviewRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Reply refused by privacy mode", reason);
	}

	static ReviewRefusedException emptyReply() {
		return new ReviewRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "No reply",
				"Write or generate a reply first.");
	}

	static ReviewRefusedException forbidden(String reason) {
		return new ReviewRefusedException(HttpStatus.FORBIDDEN, "Forbidden", reason);
	}

	private static String past(String action) {
		return switch (action) {
			case "draft" -> "drafted";
			case "approve" -> "approved";
			case "respond" -> "posted";
			case "flag" -> "flagged";
			default -> action + "ed";
		};
	}
}
