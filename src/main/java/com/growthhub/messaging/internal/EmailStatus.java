package com.growthhub.messaging.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a message stands, stored as its name in {@code email_messages.status}: pending → sent → delivered → opened →
 * clicked along the happy path, or failed (no attempt left), bounced, complained (marked as spam) or suppressed (not
 * sent: the address is blocked). Tracking reports arrive late and out of order, so a report only ever moves a message
 * forward: an open reported after the click leaves it clicked; nothing but a complaint follows a bounce or failure.
 */
public enum EmailStatus {

	PENDING, SENT, DELIVERED, OPENED, CLICKED, FAILED, BOUNCED, COMPLAINED, SUPPRESSED;

	private static final Set<EmailStatus> PROGRESS = EnumSet.of(PENDING, SENT, DELIVERED, OPENED, CLICKED);

	/** The statuses a message in this status may move to. */
	public Set<EmailStatus> next() {
		return switch (this) {
			case PENDING -> EnumSet.of(PENDING, SENT, DELIVERED, OPENED, CLICKED, FAILED, BOUNCED, COMPLAINED, SUPPRESSED);
			case SENT -> EnumSet.of(DELIVERED, OPENED, CLICKED, BOUNCED, COMPLAINED, FAILED);
			case DELIVERED -> EnumSet.of(OPENED, CLICKED, COMPLAINED);
			case OPENED -> EnumSet.of(CLICKED, COMPLAINED);
			case CLICKED -> EnumSet.of(COMPLAINED);
			case BOUNCED, FAILED -> EnumSet.of(COMPLAINED);
			case COMPLAINED, SUPPRESSED -> EnumSet.noneOf(EmailStatus.class);
		};
	}

	public boolean canMoveTo(EmailStatus to) {
		return next().contains(to);
	}

	/** The status after a report of {@code reported}: that one when it is a step forward, else unchanged. */
	public EmailStatus after(EmailStatus reported) {
		return canMoveTo(reported) ? reported : this;
	}

	public boolean inProgress() {
		return PROGRESS.contains(this);
	}

	/** After a failed attempt: pending for another try, or failed once {@code maxAttempts} are spent. */
	static EmailStatus afterFailedAttempt(int attempts, int maxAttempts) {
		return attempts >= maxAttempts ? FAILED : PENDING;
	}
}
