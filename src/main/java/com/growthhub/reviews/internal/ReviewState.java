package com.growthhub.reviews.internal;

import java.util.Locale;

/**
 * A review's state (seed 001): pending → draft → approved → responded, and flagged when it needs a person. Each move
 * answers the state it leads to or refuses with the reason; the organization's client-approval rule decides whether a
 * draft may be posted without approval.
 */
public enum ReviewState {

	PENDING, DRAFT, APPROVED, RESPONDED, FLAGGED;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReviewState ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

	/** A reply written or generated: from any unanswered state; an approved reply changed needs approving again. */
	ReviewState draft() {
		if (this == RESPONDED) {
			throw ReviewRefusedException.transition(this, "draft", "the reply is already posted");
		}
		return DRAFT;
	}

	ReviewState approve() {
		if (this != DRAFT) {
			throw ReviewRefusedException.transition(this, "approve", "only a draft reply is approved");
		}
		return APPROVED;
	}

	ReviewState respond(boolean clientApprovalRequired) {
		return switch (this) {
			case APPROVED -> RESPONDED;
			case DRAFT -> {
				if (clientApprovalRequired) {
					throw ReviewRefusedException.transition(this, "respond",
							"the organization requires the client's approval before a reply is posted");
				}
				yield RESPONDED;
			}
			default -> throw ReviewRefusedException.transition(this, "respond", "there is no reply to post yet");
		};
	}

	ReviewState flag() {
		if (this == RESPONDED || this == FLAGGED) {
			throw ReviewRefusedException.transition(this, "flag",
					this == FLAGGED ? "it is already flagged" : "the reply is already posted");
		}
		return FLAGGED;
	}

	boolean unanswered() {
		return this != RESPONDED;
	}
}
