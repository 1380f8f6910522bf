package com.growthhub.contacts.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;

/** The writable state of a contact, column by column, as it will be stored. */
final class ContactDraft {

	ContactType type = ContactType.CONTACT;
	@Nullable String status;
	String firstName = "";
	@Nullable String lastName;
	@Nullable String email;
	@Nullable String phone;
	@Nullable String company;
	@Nullable String jobTitle;
	@Nullable String linkedinUrl;
	@Nullable String industry;
	@Nullable String businessType;
	@Nullable String networkType;
	@Nullable String priority;
	String source = "MANUAL";
	@Nullable String campaign;
	@Nullable String adPlatform;
	@Nullable UUID ownerId;
	@Nullable String notes;
	Map<String, Object> customFields = new HashMap<>();
	@Nullable List<UUID> tags;

	static ContactDraft of(ContactView view) {
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
		draft.adPlatform = view.adPlatform();
		draft.ownerId = view.ownerId();
		draft.notes = view.notes();
		draft.customFields = new HashMap<>(view.customFields());
		return draft;
	}
}
