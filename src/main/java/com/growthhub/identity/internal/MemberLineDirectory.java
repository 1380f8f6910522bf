package com.growthhub.identity.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.identity.Role;
import com.growthhub.messaging.LineMembers;
import com.growthhub.shared.OrganizationId;

/** Members as messaging's lines see them: who may hold a line, who manages them all, and the organization's zone. */
@Component
class MemberLineDirectory implements LineMembers {

	private final Members members;

	private final OrganizationPreferences preferences;

	MemberLineDirectory(Members members, OrganizationPreferences preferences) {
		this.members = members;
		this.preferences = preferences;
	}

	@Override
	public Optional<LineMember> find(OrganizationId organization, UUID userId) {
		return members.find(organization, userId).filter(member -> member.role().atLeast(Role.MEMBER)).map(MemberLineDirectory::of);
	}

	@Override
	public List<LineMember> list(OrganizationId organization) {
		return members.list(organization).stream().filter(member -> member.role().atLeast(Role.MEMBER)).map(MemberLineDirectory::of).toList();
	}

	@Override
	public ZoneId timeZone(OrganizationId organization) {
		return preferences.timeZone(organization);
	}

	private static LineMember of(Members.Member member) {
		return new LineMember(member.userId(), member.name(), member.role().atLeast(Role.ADMIN));
	}
}
