package com.growthhub.journeys;

import java.util.List;
import java.util.UUID;

import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Starting a journey on a contact from another module (seed 001's "Start Journey" on a lead, e.g. from a call), under
 * the same rules as starting one from the journeys page: a person starts it, from one of the organization's templates.
 */
public interface JourneyStarts {

	/** The organization's journey templates, by name, for a picker. */
	List<TemplateChoice> templates(OrganizationId organization, Actor actor);

	/**
	 * @throws com.growthhub.platform.web.NotFoundException for a contact or template the actor cannot see
	 */
	JourneyId start(OrganizationId organization, Actor actor, ContactId contactId, UUID templateId);

	record TemplateChoice(UUID id, String name) {
	}
}
