package com.growthhub.tasks.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Members and up see and change the organization's boards; its clients do not (403) until sharing exists. */
@Component
public class TaskAccess {

	private final Members members;

	TaskAccess(Members members) {
		this.members = members;
	}

	public void check(OrganizationId organization, Actor actor) {
		if (actor instanceof Actor.Job || actor instanceof Actor.Integration) {
			return;
		}
		Role role = members.roleOf(organization, actor.requireUserId()).orElse(Role.CLIENT);
		if (!role.atLeast(Role.MEMBER)) {
			throw TaskRefusedException.forbidden();
		}
	}
}
