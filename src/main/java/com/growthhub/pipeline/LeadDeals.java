package com.growthhub.pipeline;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Opens deals for leads that other modules capture (a form submission). Joins the caller's transaction of the
 * organization, so the deal exists if and only if the capture commits.
 */
public interface LeadDeals {

	/**
	 * Opens a deal for the contact in the pipeline's stage (its first open stage when {@code stageId} is null). When the
	 * pipeline allows one open deal per contact and the contact has one, that deal is answered instead of a new one.
	 *
	 * @throws com.growthhub.platform.web.NotFoundException when the pipeline, stage or contact is not the organization's
	 */
	DealId open(OrganizationId organization, Actor actor, PipelineId pipelineId, @Nullable UUID stageId,
			ContactId contactId, String title, @Nullable UUID ownerId, @Nullable String campaign);
}
