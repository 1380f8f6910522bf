package com.growthhub.contacts.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.merge.Duplicates;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Finding what to merge: the candidate pairs, and a search for the other contact from a contact's page. */
@Controller
class ContactDuplicatesController {

	static final int PAIRS = 50;
	static final int MATCHES = 10;

	private final Duplicates duplicates;
	private final ContactSearch search;
	private final Contacts contacts;

	ContactDuplicatesController(Duplicates duplicates, ContactSearch search, Contacts contacts) {
		this.duplicates = duplicates;
		this.search = search;
		this.contacts = contacts;
	}

	@GetMapping("/contacts/duplicates")
	String duplicates(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("pairs", duplicates.find(organization, actor, PAIRS));
		return "contacts/duplicates";
	}

	@GetMapping("/contacts/{id}/merge-with")
	String mergeWith(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("contact", contacts.get(organization, actor, id));
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			ContactQuery query = new ContactQuery(q.strip(), null, null, null, null, null, null, null, null, null, Map.of(),
					ContactQuery.Sort.fromKey(null), null, MATCHES + 1, false);
			// One more than shown, because the contact itself may be among the matches.
			model.addAttribute("matches", search.find(organization, actor, query).items().stream()
				.filter(match -> !match.id().equals(id)).limit(MATCHES).toList());
		}
		return "contacts/merge-with";
	}
}
