package com.growthhub.contacts.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactView;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The contact form. Field names are the API's JSON names, so the service's field errors land next to
 * the right input. Custom fields arrive separately as {@code cf.<key>} parameters (see {@link CustomFieldInputs}).
 */
record ContactForm(@NotBlank @Size(max = 100) @Nullable String firstName, @Size(max = 100) @Nullable String lastName,
		@Email @Size(max = 254) @Nullable String email, @Size(max = 40) @Nullable String phone,
		@Size(max = 200) @Nullable String company, @Size(max = 200) @Nullable String jobTitle,
		@Size(max = 500) @Nullable String linkedinUrl, @Size(max = 100) @Nullable String industry,
		@Size(max = 100) @Nullable String businessType, @Size(max = 100) @Nullable String networkType,
		@Nullable String priority, @Nullable String source, @Size(max = 200) @Nullable String campaign,
		@Size(max = 100) @Nullable String adPlatform, @Nullable ContactType type, @Nullable String status,
		@Size(max = 10000) @Nullable String notes, @Nullable List<UUID> tags, @Nullable UUID ownerId) {

	/** A new contact belongs to the person creating it unless they pick another member. */
	static ContactForm empty(UUID owner) {
		return new ContactForm(null, null, null, null, null, null, null, null, null, null, null, "manual", null, null,
				ContactType.CONTACT, null, null, List.of(), owner);
	}

	static ContactForm of(ContactView contact) {
		return new ContactForm(contact.firstName(), contact.lastName(), contact.email(), contact.phone(), contact.company(),
				contact.jobTitle(), contact.linkedinUrl(), contact.industry(), contact.businessType(), contact.networkType(),
				contact.priority(), contact.source(), contact.campaign(), contact.adPlatform(), contact.type(),
				contact.status(), contact.notes(), contact.tags(), contact.ownerId());
	}

	/**
	 * The changes for {@code Contacts.create/update}. Creating leaves blank inputs out so defaults apply;
	 * editing sends them as null, which clears the field. Privacy mode never sends what it would refuse.
	 */
	Map<String, @Nullable Object> fields(boolean creating, boolean privacyMode, Map<String, @Nullable Object> customFields) {
		Map<String, @Nullable Object> fields = new HashMap<>();
		put(fields, "firstName", firstName, creating);
		put(fields, "email", email, creating);
		put(fields, "phone", phone, creating);
		put(fields, "company", company, creating);
		put(fields, "jobTitle", jobTitle, creating);
		put(fields, "linkedinUrl", linkedinUrl, creating);
		put(fields, "industry", industry, creating);
		put(fields, "businessType", businessType, creating);
		put(fields, "networkType", networkType, creating);
		put(fields, "priority", priority, creating);
		put(fields, "source", source, creating);
		put(fields, "campaign", campaign, creating);
		put(fields, "adPlatform", adPlatform, creating);
		put(fields, "status", status, true);
		PrivacyMode privacy = PrivacyMode.of(privacyMode);
		if (privacy.allowsField("lastName")) {
			put(fields, "lastName", lastName, creating);
		}
		if (privacy.allowsField("notes")) {
			put(fields, "notes", notes, creating);
		}
		if (creating && type != null) {
			fields.put("type", type.key());
		}
		if (ownerId != null || !creating) {
			fields.put("ownerId", ownerId == null ? null : ownerId.toString());
		}
		fields.put("tags", tags == null ? List.of() : tags.stream().map(UUID::toString).toList());
		if (!customFields.isEmpty()) {
			fields.put("customFields", customFields);
		}
		return fields;
	}

	private static void put(Map<String, @Nullable Object> fields, String name, @Nullable String value, boolean skipBlank) {
		boolean blank = value == null || value.isBlank();
		if (!blank) {
			fields.put(name, value.strip());
		}
		else if (!skipBlank) {
			fields.put(name, null);
		}
	}
}
