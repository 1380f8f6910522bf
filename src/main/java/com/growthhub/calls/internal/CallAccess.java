package com.growthhub.calls.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Members and up see and rate the organization's calls; an organization's clients do not (403). */
@Component
public class CallAccess {

	private final Members members;

	CallAccess(Members members) {
		this.members = members;
	}

	public void check(OrganizationId organization, Actor actor) {
		Role role = members.roleOf(organization, actor.requireUserId()).orElse(Role.CLIENT);
		if (!role.atLeast(Role.MEMBER)) {
			throw CallRefusedException.forbidden("Only the organization's members see its calls.");
		}
	}
}
