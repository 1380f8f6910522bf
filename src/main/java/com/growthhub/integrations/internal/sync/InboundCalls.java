package com.growthhub.integrations.internal.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.growthhub.calls.CallLog;
import com.growthhub.calls.IncomingCall;
import com.growthhub.calls.RecordedCall;
import com.growthhub.integrations.internal.connections.Connection;

/**
 * Reports a page of a call source's calls to the calls module, outside any transaction (the call log records the page
 * in one of its own, after classifying): a call new here counts as created, one whose rating or transcript
 * changed as updated, one reported again unchanged as skipped (the call log is idempotent, so pages read twice after a
 * resume or through the overlap change nothing).
 */
@Component
class InboundCalls {

	private static final Logger log = LoggerFactory.getLogger(InboundCalls.class);

	private final CallLog calls;

	InboundCalls(CallLog calls) {
		this.calls = calls;
	}

	PageCounts apply(Connection connection, UUID runId, List<IncomingCall> page) {
		List<RecordedCall> recorded;
		try {
			recorded = calls.recordPage(connection.organization(), connection.provider().key(), page);
		}
		catch (RuntimeException pageFailed) {
			// The page rolled back as a whole: call by call, so only a call that fails on its own holds the run up.
			log.warn("A page of {} calls of run {} failed as a whole ({}); recording them one by one", page.size(), runId,
					pageFailed.getClass().getSimpleName());
			recorded = new ArrayList<>();
			for (IncomingCall call : page) {
				recorded.add(calls.record(connection.organization(), connection.provider().key(), call));
			}
		}
		int created = 0;
		int updated = 0;
		int skipped = 0;
		for (RecordedCall call : recorded) {
			if (call.created()) {
				created++;
			}
			else if (call.ratingTaken() || call.reclassified()) {
				updated++;
			}
			else {
				skipped++;
			}
		}
		return new PageCounts(page.size(), created, updated, skipped, 0, 0, 0);
	}
}
