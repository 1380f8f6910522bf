package com.growthhub.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** An appointment about to be inserted, with the rep's time it blocks (its buffers included). */
record NewAppointment(UUID pageId, UUID repId, UUID contactId, Instant start, Instant end, Instant blockedFrom,
		Instant blockedUntil, ZoneId timeZone, String reason, Map<String, String> answers) {
}
