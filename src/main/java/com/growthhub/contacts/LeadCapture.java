package com.growthhub.contacts;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A person captured by a form: the live contact with the same email, else the same phone, is brought up to date with
 * what they typed, or a new contact (source {@code FORM}, or the lead's own source) is created. Privacy mode is respected by leaving out what it
 * refuses (last name, notes, free-text custom fields) rather than refusing the lead, since the visitor cannot correct
 * a public form; values the organization's rules reject (an invalid phone) and unknown custom fields are left out too.
 * Joins the caller's transaction of the organization.
 */
public interface LeadCapture {

	/** @throws IllegalArgumentException when the lead has neither an email nor a phone to find the contact by */
	CapturedLead capture(OrganizationId organization, Actor actor, Lead lead);

	/**
	 * @param fields standard fields by name ({@code firstName}, {@code email}, {@code phone}, …)
	 * @param customFields custom field values by key
	 * @param ownerId the owner a new contact gets (an existing one keeps theirs)
	 * @param listId a list the contact joins
	 * @param tagIds tags the contact gets, beside those it has
	 * @param source the source a new contact gets: {@code FORM}, {@code MASTERCLASS} or {@code EVENT}
	 */
	record Lead(Map<String, String> fields, Map<String, String> customFields, @Nullable UUID ownerId,
			@Nullable UUID listId, List<UUID> tagIds, String source) {

		public Lead {
			if (!List.of("FORM", "MASTERCLASS", "EVENT").contains(source)) {
				throw new IllegalArgumentException("A captured lead comes from a form, a masterclass or an event, not " + source);
			}
		}

		/** A lead from a form. */
		public Lead(Map<String, String> fields, Map<String, String> customFields, @Nullable UUID ownerId,
				@Nullable UUID listId, List<UUID> tagIds) {
			this(fields, customFields, ownerId, listId, tagIds, "FORM");
		}
	}

	/** @param privacyMode whether the organization runs in privacy mode, so free text is to be kept nowhere else */
	record CapturedLead(ContactId contactId, boolean created, boolean privacyMode, List<String> leftOut) {
	}
}
