package com.growthhub.pipeline;

import java.util.Optional;

import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Moves a contact through a named pipeline, for modules that drive a funnel (the masterclass funnel:
 * Registered → Invoiced → Paid → Attended → Scheduled → Won / Lost).
 */
public interface PipelineFunnel {

	/** The name of the built-in masterclass funnel pipeline. */
	String MASTERCLASS = "Masterclass";

	/**
	 * Puts the contact's open deal of the pipeline into the stage (names are case-insensitive), creating the
	 * deal titled {@code title} when the contact has none; for {@link #MASTERCLASS} the pipeline is created
	 * from its template when missing. Answers the deal's id, empty when the pipeline, stage or contact does
	 * not exist (or the contact is hidden from {@code actor}). A lost stage records {@code "funnel"} as the reason;
	 * the deal's history names the actor when it is a person.
	 */
	Optional<DealId> moveContact(OrganizationId organization, Actor actor, ContactId contact, String pipelineName,
			String stageName, String title);

	/**
	 * Like {@link #moveContact} but only for a contact who already has an open deal in the pipeline: nothing is created
	 * (neither deal nor pipeline), so a payment of someone who never entered the funnel leaves it alone. Empty when
	 * there is no such deal or stage.
	 */
	Optional<DealId> moveOpenDeal(OrganizationId organization, Actor actor, ContactId contact, String pipelineName,
			String stageName);
}
