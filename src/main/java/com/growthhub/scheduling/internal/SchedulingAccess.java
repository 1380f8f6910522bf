package com.growthhub.scheduling.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Who may do what: the organization's people (not its clients) read pages and appointments and edit their own
 * availability; managers and above manage booking pages and anybody's availability and appointments.
 */
@Component
public class SchedulingAccess {

	private final Members members;

	SchedulingAccess(Members members) {
		this.members = members;
	}

	public Role member(OrganizationId organization, Actor actor) {
		Role role = members.roleOf(organization, actor.requireUserId())
			.orElseThrow(() -> SchedulingRefusedException.forbidden("Only the organization's people use scheduling."));
		if (role == Role.CLIENT) {
			throw SchedulingRefusedException.forbidden("Clients do not use scheduling.");
		}
		return role;
	}

	public boolean isManager(OrganizationId organization, Actor actor) {
		return member(organization, actor).atLeast(Role.MANAGER);
	}

	public void requireManager(OrganizationId organization, Actor actor) {
		if (!isManager(organization, actor)) {
			throw SchedulingRefusedException.forbidden("Only managers and admins may do this.");
		}
	}

	/** The actor themselves, or a manager acting for another member; someone outside the organization is a 404. */
	public void requireSelfOrManager(OrganizationId organization, Actor actor, UUID userId) {
		if (!userId.equals(actor.userId())) {
			requireManager(organization, actor);
		}
		requireMember(organization, userId);
	}

	public void requireMember(OrganizationId organization, UUID userId) {
		if (members.roleOf(organization, userId).filter(role -> role != Role.CLIENT).isEmpty()) {
			throw NotFoundException.of("The user");
		}
	}
}
