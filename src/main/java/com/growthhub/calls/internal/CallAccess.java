package com.growthhub.calls.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's people see and rate its calls, its clients too (an agency's client portal shows their calls);
 * which call actions a client may take (reading, rating) the client portal's security rules decide.
 */
@Component
public class CallAccess {

	private final Members members;

	CallAccess(Members members) {
		this.members = members;
	}

	public void check(OrganizationId organization, Actor actor) {
		if (members.roleOf(organization, actor.requireUserId()).isEmpty()) {
			throw CallRefusedException.forbidden("Only the organization's people see its calls.");
		}
	}
}
