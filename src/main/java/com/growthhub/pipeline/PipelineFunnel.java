package com.growthhub.pipeline;

import java.util.Optional;
import java.util.UUID;

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
	 * not exist. A lost stage records {@code "funnel"} as the reason.
	 */
	Optional<UUID> moveContact(OrganizationId organization, UUID contactId, String pipelineName, String stageName,
			String title);
}
