package com.growthhub.eventplanning;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * Events as other modules name and offer them: an expense's or a photo's event by its title, and the events a person
 * may link something to. Only {@code organization}'s events are ever answered, so an id of another organization's
 * event is simply unknown.
 */
public interface EventDirectory {

	/** The titles of those events among {@code ids} that exist in the organization. */
	Map<UUID, String> names(OrganizationId organization, Collection<UUID> ids);

	/**
	 * Events to offer in a picker: those not cancelled that end after 180 days ago, upcoming first by start, then the
	 * recent ones, at most 200.
	 */
	List<Choice> choices(OrganizationId organization);

	record Choice(UUID id, String name) {
	}
}
