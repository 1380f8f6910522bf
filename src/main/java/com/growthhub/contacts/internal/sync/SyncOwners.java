package com.growthhub.contacts.internal.sync;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.identity.Members;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's members by id and by email, read once per page: across a sync a contact's owner is the owner
 * member's email, here it is their user id.
 */
record SyncOwners(Map<UUID, String> emailById, Map<String, UUID> idByEmail) {

	static SyncOwners of(Members members, OrganizationId organization) {
		Map<UUID, String> emailById = new HashMap<>();
		Map<String, UUID> idByEmail = new HashMap<>();
		for (Members.Member member : members.list(organization)) {
			String email = member.email().toLowerCase(Locale.ROOT);
			emailById.put(member.userId(), email);
			idByEmail.put(email, member.userId());
		}
		return new SyncOwners(emailById, idByEmail);
	}

	@Nullable String emailOf(@Nullable UUID userId) {
		return userId == null ? null : emailById.get(userId);
	}

	@Nullable UUID idOf(@Nullable String email) {
		return email == null ? null : idByEmail.get(email.toLowerCase(Locale.ROOT));
	}
}
