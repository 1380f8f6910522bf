package com.growthhub.contacts;

import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** A contact moved forward in its lifecycle, e.g. from target to contact. */
public record ContactConverted(OrganizationId organizationId, UUID contactId, ContactType from, ContactType to,
		String status, UUID convertedBy) {
}
