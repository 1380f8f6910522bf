package com.growthhub.analytics.internal.reports;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

/** Spend, revenue and ROAS are the organization's people's business: its members see reports, its clients do not. */
@Component
public class ReportAccess {

	private final Members members;

	ReportAccess(Members members) {
		this.members = members;
	}

	public void check(OrganizationId organization, Actor actor) {
		if (!members.roleOf(organization, actor.requireUserId()).map(role -> role.atLeast(Role.MEMBER)).orElse(false)) {
			throw new Refused();
		}
	}

	static final class Refused extends ProblemException {

		Refused() {
			super(HttpStatus.FORBIDDEN, "Forbidden", "Only the organization's people see its reports.");
		}
	}
}
