package com.growthhub.calls;

import java.time.Instant;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * A provider reported a call that was new here and it was stored (once per call: later reports of it update it
 * silently), matched to `contactId` when its caller is known. Consumers count calls with it, e.g. an agency's hub.
 *
 * @param provider the provider key, e.g. `ctm`
 */
@DomainEvent
public record CallLogged(OrganizationId organizationId, CallId callId, String provider, @Nullable ContactId contactId,
		Instant startedAt) {
}
