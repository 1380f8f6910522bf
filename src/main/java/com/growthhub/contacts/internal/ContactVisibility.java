package com.growthhub.contacts.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Which contacts an actor may see. An organization can limit its members to the contacts they own; managers and
 * admins still see every contact, and so do jobs and integrations, which act for the whole organization. This is the
 * only place that rule lives.
 * <p>
 * The member's role is read from identity, under row-level security, so call this inside the organization's
 * transaction.
 */
@Component
public class ContactVisibility {

	private final Members members;

	ContactVisibility(Members members) {
		this.members = members;
	}

	/** The person the actor is limited to (their own contacts), or {@code null} when they may see every contact. */
	public @Nullable UUID onlyOwner(OrganizationId organization, Actor actor, ContactSettings rules) {
		UUID userId = actor.userId();
		if (!rules.ownOnly() || userId == null) {
			return null;
		}
		boolean manager = members.roleOf(organization, userId).map(role -> role.atLeast(Role.MANAGER)).orElse(false);
		return manager ? null : userId;
	}

	public boolean mayAccess(OrganizationId organization, Actor actor, ContactSettings rules, ContactView contact) {
		return allows(onlyOwner(organization, actor, rules), contact);
	}

	/** Whether a contact is visible under {@link #onlyOwner}'s answer, for work that checks several contacts. */
	public static boolean allows(@Nullable UUID onlyOwner, ContactView contact) {
		return onlyOwner == null || onlyOwner.equals(contact.ownerId());
	}
}
