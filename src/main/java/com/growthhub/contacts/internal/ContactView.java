package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;

/** A contact as people and programs read it. Enumerations are lower-case keys. */
public record ContactView(UUID id, ContactType type, String status, String firstName, @Nullable String lastName,
		@Nullable String email, @Nullable String phone, @Nullable String company, @Nullable String jobTitle,
		@Nullable String linkedinUrl, @Nullable String industry, @Nullable String businessType,
		@Nullable String networkType, @Nullable String priority, String source, @Nullable String campaign,
		@Nullable UUID campaignId, @Nullable String adPlatform, @Nullable UUID ownerId, int leadScore, @Nullable String notes,
		Map<String, Object> customFields, List<UUID> tags, int interactionCount, @Nullable Instant lastInteractionAt,
		@Nullable UUID createdBy, Instant createdAt, Instant updatedAt, @Nullable Instant deletedAt, long version) {

	public String displayName() {
		return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
	}

	/** What privacy mode lets anyone see: no last name, notes or free-text custom fields. */
	public ContactView redacted(java.util.Set<String> freeTextFields) {
		Map<String, Object> kept = new java.util.HashMap<>(customFields);
		kept.keySet().removeAll(freeTextFields);
		return new ContactView(id, type, status, firstName, null, email, phone, company, jobTitle, linkedinUrl, industry,
				businessType, networkType, priority, source, campaign, campaignId, adPlatform, ownerId, leadScore, null, kept, tags,
				interactionCount, lastInteractionAt, createdBy, createdAt, updatedAt, deletedAt, version);
	}
}
