package com.growthhub.contacts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactType;
import com.growthhub.identity.CurrentUser;
import com.growthhub.shared.OrganizationId;

/** The contacts module's answer to other modules, with the same visibility and conversion rules as its own pages. */
@Service
class ContactLookup implements ContactDirectory {

	private final ExternalIds externalIds;
	private final Contacts contacts;

	ContactLookup(ExternalIds externalIds, Contacts contacts) {
		this.externalIds = externalIds;
		this.contacts = contacts;
	}

	@Override
	public Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId) {
		return externalIds.findByExternalId(organization, platform, externalId);
	}

	@Override
	public String nameOf(CurrentUser user, UUID contactId) {
		return contacts.get(user, contactId).displayName();
	}

	@Override
	public String submitPlug(CurrentUser user, UUID contactId) {
		return contacts.convert(user, contactId, ContactType.PLUG, "submitted").displayName();
	}
}
