package com.growthhub.contacts.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.contacts.CampaignDirectory;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * What the contact pages offer to pick from: types, sources, tags, lists, members, campaigns, custom fields, and the
 * privacy and required-field rules.
 */
@Component
class ContactChoices {

	static final List<String> SOURCES = List.of("manual", "csv", "google_sheets", "salesforce", "hubspot", "ghl", "ctm",
			"form", "masterclass", "event", "sms");
	static final List<String> PRIORITIES = List.of("low", "medium", "high");

	private final Tags tags;
	private final ContactLists lists;
	private final CustomFields customFields;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;
	private final Members members;
	private final ObjectProvider<CampaignDirectory> campaigns;

	ContactChoices(Tags tags, ContactLists lists, CustomFields customFields, ContactSettingsStore settings,
			TenantTransactions transactions, Members members, ObjectProvider<CampaignDirectory> campaigns) {
		this.campaigns = campaigns;
		this.members = members;
		this.tags = tags;
		this.lists = lists;
		this.customFields = customFields;
		this.settings = settings;
		this.transactions = transactions;
	}

	/** The store reads under row-level security, so it runs in a transaction of the organization. */
	boolean privacyMode(OrganizationId organization) {
		return rules(organization).privacyMode();
	}

	ContactSettings rules(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> settings.get(organization.value()));
	}

	List<CustomFieldDefinition> definitions(OrganizationId organization) {
		return customFields.list(organization);
	}

	Map<UUID, Tags.TagView> tagsById(OrganizationId organization) {
		Map<UUID, Tags.TagView> byId = new LinkedHashMap<>();
		tags.list(organization).forEach(tag -> byId.put(tag.id(), tag));
		return byId;
	}

	List<ContactLists.ListView> lists(OrganizationId organization) {
		return lists.list(organization);
	}

	/** Every choice is the organization's, the same for every member, so none depends on who acts. */
	void addTo(Model model, OrganizationId organization) {
		model.addAttribute("types", ContactType.values());
		model.addAttribute("statuses", Arrays.stream(ContactType.values()).flatMap(t -> t.statuses().stream()).distinct().toList());
		model.addAttribute("sources", SOURCES);
		model.addAttribute("priorities", PRIORITIES);
		model.addAttribute("tagsById", tagsById(organization));
		ContactSettings rules = rules(organization);
		boolean privacyMode = rules.privacyMode();
		model.addAttribute("requiredFields", rules.enforcedFields());
		model.addAttribute("privacyMode", privacyMode);
		model.addAttribute("privacy", PrivacyMode.of(privacyMode));
		Map<UUID, Members.Member> membersById = new LinkedHashMap<>();
		members.list(organization).forEach(member -> membersById.put(member.userId(), member));
		model.addAttribute("membersById", membersById);
		model.addAttribute("campaignChoices",
				transactions.call(organization, new Actor.Anonymous(), () -> campaigns.stream()
					.flatMap(directory -> directory.all(organization).stream()).toList()));
	}
}
