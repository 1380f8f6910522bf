package com.growthhub.contacts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactSection;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The sections every module contributes to a contact's page (its deals, journeys, lists), in their order. Taking the
 * {@link ContactView} that {@code Contacts.get} answered means the organization and the member's visibility have been
 * checked before any section is asked.
 */
@Component
class ContactSections {

	private final ObjectProvider<ContactSection> sections;

	ContactSections(ObjectProvider<ContactSection> sections) {
		this.sections = sections;
	}

	record Rendered(String key, String titleKey, String fragment, Map<String, Object> model) {
	}

	List<Rendered> of(OrganizationId organization, Actor actor, ContactView contact) {
		ContactId id = ContactId.of(contact.id());
		return sections.orderedStream()
			.sorted(Comparator.comparingInt(ContactSection::order))
			.map(section -> new Rendered(section.key(), section.titleKey(), section.fragment(),
					section.model(organization, actor, id)))
			.toList();
	}
}
