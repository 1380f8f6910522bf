package com.growthhub.analytics.internal.commissions;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Members see the providers (they name them on invoice lines); what providers earn, their rules and closing a month
 * are for managers, admins and owners, since commissions are pay.
 */
@Component
public class CommissionAccess {

	private final Members members;

	CommissionAccess(Members members) {
		this.members = members;
	}

	public void read(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.MEMBER, "Only the organization's people see its providers.");
	}

	public void manage(OrganizationId organization, Actor actor) {
		require(organization, actor, Role.MANAGER, "Only managers, admins and owners see and change commissions.");
	}

	public boolean mayManage(OrganizationId organization, Actor actor) {
		return members.reaches(organization, actor, Role.MANAGER);
	}

	private void require(OrganizationId organization, Actor actor, Role least, String detail) {
		if (!members.reaches(organization, actor, least)) {
			throw CommissionRefusedException.forbidden(detail);
		}
	}
}
