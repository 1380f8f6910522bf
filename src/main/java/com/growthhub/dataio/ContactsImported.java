package com.growthhub.dataio;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

import com.growthhub.shared.OrganizationId;

/**
 * An import job committed: its contacts are created and updated. Carries the counts and the file name the
 * person who started it is told about.
 */
@DomainEvent
public record ContactsImported(OrganizationId organizationId, UUID importId, UUID userId, String fileName, long created,
		long updated, long skipped, long failed) {
}
