package com.growthhub.reviews.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Everybody in the organization sees its reviews, and its clients approve replies (the client-approval rule);
 * members and up draft, post and flag; admins and up change the rules.
 */
@Component
public class ReviewAccess {

	private final Members members;

	ReviewAccess(Members members) {
		this.members = members;
	}

	public Role see(OrganizationId organization, Actor actor) {
		return members.roleOf(organization, actor.requireUserId())
			.orElseThrow(() -> ReviewRefusedException.forbidden("Only the organization's people see its reviews."));
	}

	public void answer(OrganizationId organization, Actor actor) {
		if (!see(organization, actor).atLeast(Role.MEMBER)) {
			throw ReviewRefusedException.forbidden("Only the organization's members write and post replies.");
		}
	}

	/**
	 * Under the client-approval rule, an account that has client users has one of them approve (the rule is the
	 * client's approval); a business without clients has its own people approve.
	 */
	void clientApproves(OrganizationId organization, Actor actor) {
		if (see(organization, actor) != Role.CLIENT
				&& members.list(organization).stream().anyMatch(member -> member.role() == Role.CLIENT)) {
			throw ReviewRefusedException.forbidden("In a client's account the client approves replies.");
		}
	}

	public void changeRules(OrganizationId organization, Actor actor) {
		if (!see(organization, actor).atLeast(Role.ADMIN)) {
			throw ReviewRefusedException.forbidden("Only owners and admins change the review rules.");
		}
	}
}
