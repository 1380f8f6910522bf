package com.growthhub.journeys.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.journeys.JourneyId;
import com.growthhub.journeys.JourneyStarts;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** {@link JourneyStarts} through the journeys' own start, without services or concerns (added on the journey later). */
@Service
class JourneyStartsFromModules implements JourneyStarts {

	private final Journeys journeys;
	private final JourneyTemplates templates;

	JourneyStartsFromModules(Journeys journeys, JourneyTemplates templates) {
		this.journeys = journeys;
		this.templates = templates;
	}

	@Override
	public List<TemplateChoice> templates(OrganizationId organization, Actor actor) {
		return templates.list(organization, actor).stream().map(t -> new TemplateChoice(t.id(), t.name())).toList();
	}

	@Override
	public JourneyId start(OrganizationId organization, Actor actor, ContactId contactId, UUID templateId) {
		return new JourneyId(journeys.start(organization, actor, contactId.value(), templateId, List.of(), List.of()).id());
	}
}
