package com.growthhub.integrations.internal.sync;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.calls.CallLog;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.RecordedCall;
import com.growthhub.integrations.internal.connections.Connection;

/**
 * Reports a page of a call source's calls to the calls module, outside any transaction (the call log opens its own
 * per call, and classifies between two of them): a call new here counts as created, one whose rating or transcript
 * changed as updated, one reported again unchanged as skipped (the call log is idempotent, so pages read twice after a
 * resume or through the overlap change nothing).
 */
@Component
class InboundCalls {

	private final CallLog calls;

	InboundCalls(CallLog calls) {
		this.calls = calls;
	}

	PageCounts apply(Connection connection, UUID runId, List<IncomingCall> page) {
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (IncomingCall call : page) {
			RecordedCall recorded = calls.record(connection.organization(), connection.provider().key(), call);
			if (recorded.created()) {
				created++;
			}
			else if (recorded.ratingTaken() || recorded.reclassified()) {
				updated++;
			}
			else {
				skipped++;
			}
		}
		return new PageCounts(page.size(), created, updated, skipped, 0, 0, 0);
	}
}
