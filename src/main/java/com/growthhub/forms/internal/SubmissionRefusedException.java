package com.growthhub.forms.internal;

import java.time.Duration;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * A submission refused before it is queued, for a reason its sender can act on: a missing, wrong, expired or reused
 * proof of work (422, 409 for reuse), or too many submissions (429). Signs that only a bot would show (a filled
 * honeypot, a form sent faster than a person can) are not refused: the submission is quarantined, so nothing a
 * person sent is ever lost and a bot learns nothing.
 */
public class SubmissionRefusedException extends ProblemException {

	private SubmissionRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static SubmissionRefusedException proofOfWork(String problem) {
		return (SubmissionRefusedException) new SubmissionRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid proof of work",
				"The proof of work (_pow) " + problem + ".").withProperty("field", "_pow");
	}

	public static SubmissionRefusedException proofOfWorkMissing() {
		return proofOfWork("is missing: fetch GET /f/{formId}/challenge, solve it and send the solution");
	}

	public static SubmissionRefusedException proofOfWorkReused() {
		return (SubmissionRefusedException) new SubmissionRefusedException(HttpStatus.CONFLICT, "Proof of work already used",
				"This proof of work was already spent by another submission: fetch a new challenge.").withProperty("field",
						"_pow");
	}

	public static SubmissionRefusedException tooMany(Duration retryAfter) {
		return (SubmissionRefusedException) new SubmissionRefusedException(HttpStatus.TOO_MANY_REQUESTS, "Too many submissions",
				"Too many submissions: try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.")
			.withProperty("retryAfterSeconds", Math.max(1, retryAfter.toSeconds()));
	}

	public static SubmissionRefusedException idempotencyKeyReused() {
		return new SubmissionRefusedException(HttpStatus.CONFLICT, "Idempotency key reused",
				"This Idempotency-Key was already used for a submission with different answers.");
	}
}
