package com.growthhub.analytics.internal.reports;

import java.util.Locale;

/** Which campaign a contact's KPI events count for: the one that first brought the contact, or the latest one. */
public enum AttributionModel {

	FIRST_TOUCH, LAST_TOUCH;

	/** The value of {@code kpi_daily_rollups.model} and of the API's {@code model} parameter. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
