package com.growthhub.pipeline.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.DealId;
import com.growthhub.pipeline.LeadDeals;
import com.growthhub.pipeline.PipelineId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** {@link LeadDeals} through the same rules as a deal a person opens. */
@Service
class OpenedLeadDeals implements LeadDeals {

	private final Deals deals;

	OpenedLeadDeals(Deals deals) {
		this.deals = deals;
	}

	@Override
	public DealId open(OrganizationId organization, Actor actor, PipelineId pipelineId, @Nullable UUID stageId,
			ContactId contactId, String title, @Nullable UUID ownerId, @Nullable String campaign) {
		try {
			return DealId.of(deals.create(organization, actor, new DealDraft(contactId.value(), pipelineId.value(), stageId,
					title.length() > 200 ? title.substring(0, 200) : title, null, null, null, null, ownerId, campaign))
				.id());
		}
		catch (PipelineConflictException ex) {
			Object existing = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("existingId");
			if (existing instanceof UUID id) {
				return DealId.of(id);
			}
			throw ex;
		}
	}
}
