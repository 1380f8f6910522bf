package com.growthhub.platform.tenancy;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for tenant data requested by someone who is not in any organization right now. */
public class NoOrganizationSelectedException extends ProblemException {

	public NoOrganizationSelectedException() {
		super(HttpStatus.FORBIDDEN, "No organization",
				"You are not a member of an organization yet. Create one or accept an invitation first.");
	}
}
