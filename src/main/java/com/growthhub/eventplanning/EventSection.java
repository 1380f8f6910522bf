package com.growthhub.eventplanning;

import java.util.Map;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A card on an event's page, contributed as a bean by a module that keeps something about events (media its
 * gallery), so that events can show it without depending on that module. The page renders every section in
 * {@link #order()}, each as its Thymeleaf fragment with its own model under {@code section} and the event's id under
 * {@code eventId}.
 */
public interface EventSection {

	/** The section's name, e.g. {@code gallery}; also its test id on the page ({@code section-gallery}). */
	String key();

	/** The message key of the card's heading. */
	String titleKey();

	/** A fragment expression such as {@code media/event-gallery :: section}. */
	String fragment();

	/** Lower comes first. */
	int order();

	/**
	 * What the section shows of the event: only {@code organization}'s data, as {@code actor} may see it. The caller
	 * has already checked that the event exists in the organization.
	 */
	Map<String, Object> model(OrganizationId organization, Actor actor, EventId event);
}
