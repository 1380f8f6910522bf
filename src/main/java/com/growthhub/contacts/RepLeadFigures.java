package com.growthhub.contacts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * Leads per owner for the sales metrics (analytics). A lead counts in the period it was created in, for its owner at
 * the time asked; trashed contacts are left out. <em>First contact</em> is the earliest call, email, SMS or meeting
 * on the lead's timeline written by a member (an author, so not an inbound message an integration logged), at or
 * after the lead's creation: the delay is measured from creation to it.
 */
public interface RepLeadFigures {

	/** Per owner: leads created, how many of them were contacted, and the sum of their delays to first contact. */
	record Leads(long owned, long contacted, long secondsToFirstContact) {
	}

	Map<UUID, Leads> perOwner(OrganizationId organization, Instant from, Instant to);
}
