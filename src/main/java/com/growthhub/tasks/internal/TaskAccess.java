package com.growthhub.tasks.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Members and up see and change all of the organization's boards. Its client users only read the boards shared with
 * the client (everything else is not found, 404) and comment on their items; every other change refuses them (403).
 */
@Component
public class TaskAccess {

	private final Members members;

	TaskAccess(Members members) {
		this.members = members;
	}

	/** For every change but a comment: members and up, jobs and integrations. */
	public void check(OrganizationId organization, Actor actor) {
		if (!canEdit(organization, actor)) {
			throw TaskRefusedException.forbidden();
		}
	}

	/** Whether the actor works on all boards; {@code false} for a client user, who sees shared boards only. */
	public boolean canEdit(OrganizationId organization, Actor actor) {
		if (actor instanceof Actor.Job || actor instanceof Actor.Integration) {
			return true;
		}
		Role role = members.roleOf(organization, actor.requireUserId()).orElse(Role.CLIENT);
		return role.atLeast(Role.MEMBER);
	}
}
