package com.growthhub.forms;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.shared.OrganizationId;

/**
 * A submission of a published form was processed: its contact was found or created, and a deal opened when the form
 * asks for one. Carries the classification (lead, spam, support, job_application, other) so that consumers need no
 * look-up; the answers themselves are read through the API.
 *
 * @param utm what the form's hidden UTM fields captured, keyed without the prefix ({@code source}, {@code medium},
 *     {@code campaign}, {@code term}, {@code content}); empty when the form has none or the page passed none
 */
@DomainEvent
public record FormSubmitted(OrganizationId organizationId, FormId formId, UUID submissionId, int formVersion,
		ContactId contactId, boolean contactCreated, @Nullable UUID dealId, @Nullable String classification,
		Map<String, String> utm, Instant submittedAt) {

	public FormSubmitted {
		// Publications stored before the field existed come back without it.
		utm = utm == null ? Map.of() : Map.copyOf(utm);
	}
}
