package com.growthhub.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/** Won deals per owner and currency for the sales metrics (analytics): closed as won within the period. */
public interface RepDealFigures {

	record Won(UUID ownerId, String currency, long deals, long valueCents) {
	}

	List<Won> wonPerOwner(OrganizationId organization, Instant from, Instant to);
}
