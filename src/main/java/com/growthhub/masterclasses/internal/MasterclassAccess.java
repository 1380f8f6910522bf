package com.growthhub.masterclasses.internal;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Every member sees the organization's masterclasses and registrations; managers and up create and change them, and
 * so does a class's host, who runs it. Agency clients see none. Jobs and integrations act for the organization.
 */
@Component
public class MasterclassAccess {

	private final Members members;

	MasterclassAccess(Members members) {
		this.members = members;
	}

	public void read(OrganizationId organization, Actor actor) {
		if (!(actor instanceof Actor.User user)) {
			return;
		}
		if (role(organization, user).filter(role -> role.atLeast(Role.MEMBER)).isEmpty()) {
			throw MasterclassRefusedException.forbidden("Only the organization's people see its masterclasses.");
		}
	}

	/** May create masterclasses: managers and up. */
	public void create(OrganizationId organization, Actor actor) {
		if (!mayCreate(organization, actor)) {
			throw MasterclassRefusedException.forbidden("Only managers, admins and owners create masterclasses.");
		}
	}

	public boolean mayCreate(OrganizationId organization, Actor actor) {
		return !(actor instanceof Actor.User user)
				|| role(organization, user).filter(role -> role.atLeast(Role.MANAGER)).isPresent();
	}

	/** May change this class: managers and up, or its host. */
	public boolean mayEdit(OrganizationId organization, Actor actor, MasterclassView masterclass) {
		return mayCreate(organization, actor) || actor instanceof Actor.User user
				&& Objects.equals(user.userId(), masterclass.hostUserId())
				&& role(organization, user).filter(role -> role.atLeast(Role.MEMBER)).isPresent();
	}

	public void edit(OrganizationId organization, Actor actor, MasterclassView masterclass) {
		if (!mayEdit(organization, actor, masterclass)) {
			throw MasterclassRefusedException.forbidden("Only managers, admins, owners and the host change a masterclass.");
		}
	}

	private Optional<Role> role(OrganizationId organization, Actor.User user) {
		return members.roleOf(organization, user.userId());
	}
}
