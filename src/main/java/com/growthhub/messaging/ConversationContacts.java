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

	record ConversationContact(UUID id, String name, @Nullable String phone, @Nullable String email) {
	}
}
