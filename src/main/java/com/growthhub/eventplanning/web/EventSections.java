package com.growthhub.eventplanning.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.growthhub.eventplanning.EventId;
import com.growthhub.eventplanning.EventSection;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The sections other modules contribute to an event's page (its photo gallery), in their order. Taking the
 * {@link EventView} that {@code Events.get} answered means the organization has been checked before any section is
 * asked.
 */
@Component
class EventSections {

	private final ObjectProvider<EventSection> sections;

	EventSections(ObjectProvider<EventSection> sections) {
		this.sections = sections;
	}

	record Rendered(String key, String titleKey, String fragment, Map<String, Object> model) {
	}

	List<Rendered> of(OrganizationId organization, Actor actor, EventView event) {
		EventId id = EventId.of(event.id());
		return sections.orderedStream()
			.sorted(Comparator.comparingInt(EventSection::order))
			.map(section -> new Rendered(section.key(), section.titleKey(), section.fragment(),
					section.model(organization, actor, id)))
			.toList();
	}
}
