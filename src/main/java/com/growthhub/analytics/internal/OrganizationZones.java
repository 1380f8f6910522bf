package com.growthhub.analytics.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.shared.OrganizationId;

/**
 * The time zone an organization's report days are cut in: its own (Settings › General), so that a clinic in Los
 * Angeles sees an evening's bookings on that evening. The rollups take their day from PostgreSQL's
 * {@code at time zone}, so a zone the database does not know (its time zone data older than the JDK's) reads UTC
 * rather than failing every recording.
 */
@Component
public class OrganizationZones {

	private static final Logger log = LoggerFactory.getLogger(OrganizationZones.class);

	public static final ZoneId UTC = ZoneId.of("UTC");

	private final OrganizationPreferences preferences;
	private final JdbcClient jdbc;
	private final Map<ZoneId, Boolean> knownToDatabase = new ConcurrentHashMap<>();

	OrganizationZones(OrganizationPreferences preferences, JdbcClient jdbc) {
		this.preferences = preferences;
		this.jdbc = jdbc;
	}

	/** Joins the caller's transaction when it serves the same organization. */
	public ZoneId of(OrganizationId organization) {
		ZoneId zone = preferences.timeZone(organization);
		if (knownToDatabase.computeIfAbsent(zone, this::databaseKnows)) {
			return zone;
		}
		return UTC;
	}

	/** The organization's today. */
	public LocalDate today(OrganizationId organization) {
		return LocalDate.now(of(organization));
	}

	private boolean databaseKnows(ZoneId zone) {
		boolean known = jdbc.sql("select exists (select 1 from pg_timezone_names where name = ?)").param(zone.getId())
			.query(Boolean.class).single();
		if (!known) {
			log.warn("PostgreSQL does not know the time zone {}: report days in it are cut in UTC", zone.getId());
		}
		return known;
	}
}
