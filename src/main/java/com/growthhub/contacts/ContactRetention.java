package com.growthhub.contacts;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * Lets the retention job (analytics) count and remove contacts' records that are past the organization's retention
 * period, without any other module deleting from contacts' tables itself. Each purge call is one short transaction of
 * at most {@code batchSize} rows that skips rows locked by someone else; the caller repeats it until it answers fewer
 * than {@code batchSize}, so a large backlog never holds locks for long and concurrent saves never wait on it.
 * <p>
 * A <em>lead</em>, for retention, is a live contact that never became a client (type target, contact, plug or lead;
 * conversions only move forward, so a client always stays a client) and has shown no sign of life since the cutoff:
 * neither its record was changed nor an interaction happened at or after it. An <em>activity</em> is one entry of a
 * contact's timeline (interactions), by the time it happened.
 */
public interface ContactRetention {

	/** How many records a purge would remove and the oldest one's time (null when none). */
	record Expired(long count, @Nullable Instant oldest) {
	}

	Expired expiredLeads(OrganizationId organization, Instant cutoff);

	/**
	 * Moves up to {@code batchSize} expired leads to the trash, as a person deleting them would (they can be restored
	 * until the trash's own retention deletes them for good); answers how many were moved.
	 */
	int trashLeadsBefore(OrganizationId organization, Instant cutoff, int batchSize);

	Expired expiredActivities(OrganizationId organization, Instant cutoff);

	/** Deletes up to {@code batchSize} interactions that happened before the cutoff; answers how many. */
	int purgeActivitiesBefore(OrganizationId organization, Instant cutoff, int batchSize);

	/** The days a trashed contact stays restorable before the hourly trash purge deletes it (contacts' own setting). */
	int trashRetentionDays(OrganizationId organization);
}
