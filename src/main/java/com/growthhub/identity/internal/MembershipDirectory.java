package com.growthhub.identity.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.shared.OrganizationId;

@Component
class MembershipDirectory implements Members {

	private final MembershipRepository memberships;

	MembershipDirectory(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Role> roleOf(OrganizationId organization, UUID userId) {
		return memberships.findByOrganizationIdAndUserId(organization.value(), userId).map(Membership::role);
	}
}
