package com.growthhub.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Deals won and lost per contact within a period (closed at {@code from} or later, before {@code to}): analytics' won/lost. */
public interface ClosedDeals {

	/** @param won true for the contact's won deals, false for its lost ones */
	record PerContact(UUID contactId, boolean won, long deals) {
	}

	List<PerContact> perContact(OrganizationId organization, Instant from, Instant to);
}
