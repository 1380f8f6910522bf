package com.growthhub.analytics.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.shared.OrganizationId;

/**
 * Campaigns as contacts and deals name them (the port contacts declares). A name nobody has a campaign for becomes
 * one, so an import or a sync that knows only names keeps them: no access check, since whoever may write the
 * contact's campaign may name a new one. Works in the caller's transaction.
 */
@Component
class CampaignNames implements CampaignDirectory {

	private static final int MAX_NAME = 200;

	private final CampaignRepository campaigns;
	private final OrganizationPreferences preferences;

	CampaignNames(CampaignRepository campaigns, OrganizationPreferences preferences) {
		this.campaigns = campaigns;
		this.preferences = preferences;
	}

	@Override
	public Campaign resolve(OrganizationId organization, String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw KpiEventInputException.campaignField("campaign", "must be a name of 1 to " + MAX_NAME + " characters");
		}
		return campaigns.byName(organization, stripped).map(CampaignNames::of).orElseGet(() -> {
			campaigns.insertNamed(organization, stripped, preferences.defaultCurrency(organization));
			return of(campaigns.byName(organization, stripped).orElseThrow());
		});
	}

	@Override
	public Optional<Campaign> find(OrganizationId organization, UUID id) {
		return campaigns.find(organization, id).map(CampaignNames::of);
	}

	@Override
	public List<Campaign> all(OrganizationId organization) {
		return campaigns.all(organization).stream().map(CampaignNames::of).toList();
	}

	private static Campaign of(CampaignView view) {
		return new Campaign(view.id(), view.name());
	}
}
