package com.growthhub.identity.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.messaging.RecipientNames;
import com.growthhub.shared.OrganizationId;

/** The email log's recipients by the names their organization knows them by. */
@Component
class MemberRecipientNames implements RecipientNames {

	private final Members members;

	MemberRecipientNames(Members members) {
		this.members = members;
	}

	@Override
	public Map<UUID, String> of(OrganizationId organization, Collection<UUID> userIds) {
		Map<UUID, String> names = new HashMap<>();
		if (userIds.isEmpty()) {
			return names;
		}
		members.list(organization)
			.stream()
			.filter(member -> userIds.contains(member.userId()) && !member.name().isBlank())
			.forEach(member -> names.put(member.userId(), member.name()));
		return names;
	}
}
