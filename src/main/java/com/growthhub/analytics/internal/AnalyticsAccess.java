package com.growthhub.analytics.internal;

import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Members read campaigns and KPI events; managers and owners (and admins) change them. Clients see neither. */
@Component
public class AnalyticsAccess {

	private final Members members;

	AnalyticsAccess(Members members) {
		this.members = members;
	}

	public void read(OrganizationId organization, Actor actor) {
		if (actor.userId() == null) {
			return;
		}
		if (!members.roleOf(organization, actor.userId()).map(role -> role.atLeast(Role.MEMBER)).orElse(false)) {
			throw AnalyticsRefusedException.forbidden("Only the organization's members see its analytics.");
		}
	}

	public void write(OrganizationId organization, Actor actor) {
		if (!canWrite(organization, actor)) {
			throw AnalyticsRefusedException.forbidden("Only managers and owners change campaigns and KPI events.");
		}
	}

	public boolean canWrite(OrganizationId organization, Actor actor) {
		return actor.userId() == null
				|| members.roleOf(organization, actor.userId()).map(role -> role.atLeast(Role.MANAGER)).orElse(false);
	}
}
