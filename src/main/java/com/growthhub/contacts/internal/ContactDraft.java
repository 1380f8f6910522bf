package com.growthhub.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;

/**
 * The writable state of a contact, column by column, as it will be stored. Public, fields and all, for the
 * module's merge and import sub-packages; the module boundary still keeps it from other modules.
 */
public final class ContactDraft {

	public ContactType type = ContactType.CONTACT;
	public @Nullable String status;
	public String firstName = "";
	public @Nullable String lastName;
	public @Nullable String email;
	public @Nullable String phone;
	public @Nullable String company;
	public @Nullable String jobTitle;
	public @Nullable String linkedinUrl;
	public @Nullable String industry;
	public @Nullable String businessType;
	public @Nullable String networkType;
	public @Nullable String priority;
	public String source = "MANUAL";
	public @Nullable String campaign;
	/** The campaign {@link #campaign} names; null while only a name is known (see DraftCampaign). */
	public @Nullable UUID campaignId;
	public @Nullable String adPlatform;
	public @Nullable UUID ownerId;
	public @Nullable String notes;
	public Map<String, Object> customFields = new HashMap<>();
	@Nullable List<UUID> tags;

	/** Whether a standard field ({@link ContactSettings#REQUIRABLE}, by its JSON name) holds a value. */
	boolean has(String field) {
		String value = switch (field) {
			case "firstName" -> firstName;
			case "lastName" -> lastName;
			case "email" -> email;
			case "phone" -> phone;
			case "company" -> company;
			case "jobTitle" -> jobTitle;
			case "linkedinUrl" -> linkedinUrl;
			case "industry" -> industry;
			case "businessType" -> businessType;
			case "networkType" -> networkType;
			case "priority" -> priority;
			case "campaign" -> campaign;
			case "adPlatform" -> adPlatform;
			case "notes" -> notes;
			default -> throw new IllegalArgumentException("not a standard field: " + field);
		};
		return value != null && !value.isBlank();
	}

	public static ContactDraft of(ContactView view) {
		ContactDraft draft = new ContactDraft();
		draft.type = view.type();
		draft.status = view.status();
		draft.firstName = view.firstName();
		draft.lastName = view.lastName();
		draft.email = view.email();
		draft.phone = view.phone();
		draft.company = view.company();
		draft.jobTitle = view.jobTitle();
		draft.linkedinUrl = view.linkedinUrl();
		draft.industry = view.industry();
		draft.businessType = view.businessType();
		draft.networkType = view.networkType();
		draft.priority = view.priority() == null ? null : view.priority().toUpperCase();
		draft.source = view.source().toUpperCase();
		draft.campaign = view.campaign();
		draft.campaignId = view.campaignId();
		draft.adPlatform = view.adPlatform();
		draft.ownerId = view.ownerId();
		draft.notes = view.notes();
		draft.customFields = new HashMap<>(view.customFields());
		return draft;
	}
}
