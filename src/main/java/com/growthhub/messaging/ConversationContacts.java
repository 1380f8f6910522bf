package com.growthhub.messaging;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * The contacts conversations are held with: by id when a person starts one, by phone number when a text arrives.
 * Implemented by the contacts module, so messaging depends on no module for them. Joins the caller's transaction.
 */
public interface ConversationContacts {

	Optional<ConversationContact> find(OrganizationId organization, UUID contactId);

	/** The contact whose phone is {@code phone} (E.164); the most recently changed one when several share it. */
	Optional<ConversationContact> findByPhone(OrganizationId organization, String phone);

	/**
	 * A new lead with source {@code sms} for a number no contact has, owned by {@code ownerId} (the member whose line
	 * the text reached): a stranger's text starts a thread instead of being lost. Empty when the number is not one a
	 * contact may have (a short code, say).
	 */
	Optional<ConversationContact> leadFromText(OrganizationId organization, UUID ownerId, String phone);

	record ConversationContact(UUID id, String name, @Nullable String phone, @Nullable String email) {
	}
}
