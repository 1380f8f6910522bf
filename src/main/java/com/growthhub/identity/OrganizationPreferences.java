package com.growthhub.identity;

import java.time.ZoneId;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * An organization's defaults, for modules that record money or show times: the currency new amounts are in when
 * nobody names one, and the zone its people read times in. Joins the caller's transaction when it serves the same
 * organization.
 */
public interface OrganizationPreferences {

	/** An ISO 4217 code in upper case, {@code USD} unless the organization chose another. */
	String defaultCurrency(OrganizationId organization);

	/** {@code UTC} unless the organization chose another zone. */
	ZoneId timeZone(OrganizationId organization);

	/** The zone {@code reader} reads and types times in: their own when they chose one, else the organization's. */
	ZoneId timeZone(OrganizationId organization, Actor reader);
}
