package com.growthhub.contacts.internal;

import java.util.List;
import java.util.Map;
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
	private final ContactSearch search;

	ContactLookup(ExternalIds externalIds, Contacts contacts, ContactSearch search) {
		this.externalIds = externalIds;
		this.contacts = contacts;
		this.search = search;
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

	@Override
	public List<Choice> choices(CurrentUser user, String q, int limit) {
		ContactQuery query = new ContactQuery(q.isBlank() ? null : q.strip(), null, null, null, null, null, null, null, null,
				null, Map.of(), ContactQuery.Sort.fromKey(null), null, Math.clamp(limit, 1, 200), false);
		return search.find(user, query).items().stream().map(c -> new Choice(c.id(), c.displayName())).toList();
	}
}
