package com.growthhub.messaging.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a message in the outbox stands, stored as its name in {@code email_messages.status}. A pending message is
 * tried until it is sent, or failed after the last attempt; sent and failed are final.
 */
public enum EmailStatus {

	PENDING, SENT, FAILED;

	/** The statuses a message in this status may move to; a failed attempt leaves it pending for a retry. */
	public Set<EmailStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(PENDING, SENT, FAILED);
			case SENT, FAILED -> EnumSet.noneOf(EmailStatus.class);
		};
	}

	public boolean canMoveTo(EmailStatus to) {
		return next().contains(to);
	}

	/** After a failed attempt: pending for another try, or failed once {@code maxAttempts} are spent. */
	static EmailStatus afterFailedAttempt(int attempts, int maxAttempts) {
		return attempts >= maxAttempts ? FAILED : PENDING;
	}
}
