package com.growthhub.billing.internal.payments;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's staff (members and up) see payments and record them; clients of an agency do not. Managers and up
 * change the payment settings.
 */
@Component
public class PaymentAccess {

	private final Members members;

	PaymentAccess(Members members) {
		this.members = members;
	}

	public void checkRead(OrganizationId organization, Actor actor) {
		check(organization, actor, "Only the organization's staff see its payments.");
	}

	public void checkRecord(OrganizationId organization, Actor actor) {
		check(organization, actor, "Only the organization's staff record payments.");
	}

	/** Settings such as the reminder schedule: managers and up. */
	public void checkManage(OrganizationId organization, Actor actor) {
		check(organization, actor, Role.MANAGER, "Only managers change the payment settings.");
	}

	private void check(OrganizationId organization, Actor actor, String refusal) {
		check(organization, actor, Role.MEMBER, refusal);
	}

	private void check(OrganizationId organization, Actor actor, Role least, String refusal) {
		boolean staff = members.roleOf(organization, actor.requireUserId()).filter(role -> role.atLeast(least)).isPresent();
		if (!staff) {
			throw PaymentRefusedException.forbidden(refusal);
		}
	}
}
