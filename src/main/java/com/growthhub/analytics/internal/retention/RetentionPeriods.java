package com.growthhub.analytics.internal.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How many years an organization keeps each kind of record. The cutoffs count calendar years back from "now"; the KPI
 * events' cutoff is a midnight in the organization's time zone, so that a purge removes whole days and the daily
 * rollups of exactly those days can go with them (the rollups count the organization's days).
 */
public record RetentionPeriods(int leadsYears, int activitiesYears, int kpiEventsYears) {

	/** Seed 004: leads 7 years, activity logs 3 years, KPI events 5 years. */
	public static final RetentionPeriods DEFAULTS = new RetentionPeriods(7, 3, 5);

	public static final int MIN_YEARS = 1;

	public static final int MAX_YEARS = 50;

	public Instant leadsCutoff(Instant now) {
		return now.atZone(ZoneOffset.UTC).minusYears(leadsYears).toInstant();
	}

	public Instant activitiesCutoff(Instant now) {
		return now.atZone(ZoneOffset.UTC).minusYears(activitiesYears).toInstant();
	}

	public LocalDate kpiEventsCutoffDay(Instant now, ZoneId zone) {
		return LocalDate.ofInstant(now, zone).minusYears(kpiEventsYears);
	}

	public Instant kpiEventsCutoff(Instant now, ZoneId zone) {
		return kpiEventsCutoffDay(now, zone).atStartOfDay(zone).toInstant();
	}
}
