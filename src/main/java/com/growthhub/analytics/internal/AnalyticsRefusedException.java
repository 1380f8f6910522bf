package com.growthhub.analytics.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for a person whose role may not do it, 409 for a campaign name the organization already uses. */
public class AnalyticsRefusedException extends ProblemException {

	private AnalyticsRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static AnalyticsRefusedException forbidden(String detail) {
		return new AnalyticsRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static AnalyticsRefusedException nameTaken(String name) {
		return new AnalyticsRefusedException(HttpStatus.CONFLICT, "Campaign name taken",
				"Another campaign is already named '" + name + "'.");
	}
}
