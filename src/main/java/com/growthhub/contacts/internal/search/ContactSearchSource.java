package com.growthhub.contacts.internal.search;

import java.util.List;

import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.platform.search.SearchHit;
import com.growthhub.platform.search.SearchSource;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Contacts in the global search: the contacts list's own search (names, emails, phones, companies), with its
 * member visibility and privacy mode, through the directory other modules use.
 */
@Component
class ContactSearchSource implements SearchSource {

	private final ContactDirectory contacts;

	ContactSearchSource(ContactDirectory contacts) {
		this.contacts = contacts;
	}

	@Override
	public String kind() {
		return "contact";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public List<SearchHit> search(OrganizationId organization, Actor actor, String query, int limit) {
		return contacts.choices(organization, actor, query, limit)
			.stream()
			.map(choice -> new SearchHit(kind(), choice.name(), null, "/contacts/" + choice.id()))
			.toList();
	}
}
