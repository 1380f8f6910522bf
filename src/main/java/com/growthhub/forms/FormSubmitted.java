package com.growthhub.forms;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * A submission of a published form was processed: its contact was found or created, and a deal opened when the form
 * asks for one. Carries the classification (lead, spam, support, job_application, other) so that consumers need no
 * look-up; the answers themselves are read through the API.
 */
@DomainEvent
public record FormSubmitted(OrganizationId organizationId, FormId formId, UUID submissionId, int formVersion,
		ContactId contactId, boolean contactCreated, @Nullable UUID dealId, @Nullable String classification,
		Instant submittedAt) {
}
