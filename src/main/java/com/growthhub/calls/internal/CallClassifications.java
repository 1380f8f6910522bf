package com.growthhub.calls.internal;

import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * Writes a classifier's verdict on a call with its source, confidence and time (the audit trigger records the change),
 * and the call's history: a verdict less confident than the threshold leaves the call in the review queue.
 */
@Component
class CallClassifications {

	private final CallRepository calls;
	private final CallSettings settings;

	CallClassifications(CallRepository calls, CallSettings settings) {
		this.calls = calls;
		this.settings = settings;
	}

	/** @return whether the verdict decided anything (a call without a transcript waits for one) */
	boolean apply(OrganizationId organization, CallView call, CallVerdict verdict, boolean overridePerson) {
		if (!verdict.decided()) {
			return false;
		}
		boolean reviewed = verdict.confidence() >= settings.reviewThreshold();
		calls.classified(call.id(), verdict, reviewed, overridePerson);
		String source = verdict.source();
		calls.history(organization, call.id(), "category", call.category(), verdict.category(),
				CallHistoryEntry.CLASSIFIER, null, source);
		calls.history(organization, call.id(), "rating", call.rating(), verdict.category().stars(),
				CallHistoryEntry.CLASSIFIER, null, source);
		calls.history(organization, call.id(), "reviewed", call.reviewed(), reviewed, CallHistoryEntry.CLASSIFIER, null,
				source);
		return true;
	}
}
