package com.growthhub.contacts;

import java.util.Map;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A card on a contact's page, contributed as a bean by a module that keeps something about contacts (the pipeline its
 * deals, journeys its journeys), so that contacts can show them without depending on those modules. The page renders
 * every section in {@link #order()}, each as its Thymeleaf fragment with its own model under {@code section} (and the
 * contact under {@code contact}); {@code GET /api/v1/contacts/{id}/related} serves the same models as JSON under
 * {@link #key()}.
 */
public interface ContactSection {

	/** The section's name in the API answer, e.g. {@code deals}. */
	String key();

	/** The message key of the card's heading, e.g. {@code pipeline.contactDeals.title}. */
	String titleKey();

	/** A fragment expression such as {@code pipeline/contact-deals :: section}. */
	String fragment();

	/** Lower comes first. */
	int order();

	/**
	 * What the section shows of the contact: only {@code organization}'s data, as {@code actor} may see it. The caller
	 * has already checked that the contact exists in the organization and that the actor may see it. Values should
	 * serialize to JSON (records, lists, maps).
	 */
	Map<String, Object> model(OrganizationId organization, Actor actor, ContactId contact);
}
