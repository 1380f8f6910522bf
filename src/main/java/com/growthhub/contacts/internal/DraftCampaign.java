package com.growthhub.contacts.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.CampaignDirectory.Campaign;
import com.growthhub.shared.OrganizationId;

/**
 * Settles a draft's campaign before it is stored: a chosen campaign id names the campaign (its name is stored with
 * it), a name alone is resolved to the campaign of that name (created when unknown), nothing clears both.
 */
@Component
class DraftCampaign {

	private final ObjectProvider<CampaignDirectory> directories;

	DraftCampaign(ObjectProvider<CampaignDirectory> directories) {
		this.directories = directories;
	}

	void settle(OrganizationId organization, ContactDraft draft, @Nullable ContactView current) {
		// Absent only where no module owns campaigns (a module test without analytics): names are kept alone then.
		CampaignDirectory directory = directories.getIfAvailable();
		if (draft.campaignId != null) {
			if (current != null && draft.campaignId.equals(current.campaignId())) {
				// Unchanged: even a campaign deleted since stays on the contact until someone picks another.
				return;
			}
			Campaign campaign = (directory == null ? Optional.<Campaign>empty()
					: directory.find(organization, draft.campaignId))
				.orElseThrow(() -> InvalidContactException.field("campaignId", "is not a campaign of this organization"));
			draft.campaign = campaign.name();
		}
		else if (current != null && current.campaignId() != null && draft.campaign != null
				&& draft.campaign.equals(current.campaign())) {
			// A form sends the name back unchanged: the contact keeps its campaign, even one deleted since.
			draft.campaignId = current.campaignId();
		}
		else if (draft.campaign != null && directory != null) {
			Campaign campaign = directory.resolve(organization, draft.campaign);
			draft.campaignId = campaign.id();
			draft.campaign = campaign.name();
		}
	}
}
