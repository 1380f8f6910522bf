package com.growthhub.agency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * What the agency hub shows of a client account that other modules know: they report the current figures whenever
 * they change, and the hub keeps them (it never reads their tables). Each call sets the values, so reporting the
 * same figures twice changes nothing; a call for an organization that is no client account is ignored. Call these
 * from the module's own transaction for {@code clientAccount} or outside any.
 */
public interface AgencyHub {

	/** Onboarding (e.g. on each saved step): steps done out of the steps the client has, and when it completed. */
	void onboardingProgress(OrganizationId clientAccount, int stepsDone, int stepsTotal, @Nullable Instant completedAt);

	/** Reviews (on each state change): how many replies wait for the client's approval or a person. */
	void reviewsWaiting(OrganizationId clientAccount, int waiting);

	/** Tasks (on each change of status or due date, and daily as items fall due): open items, and those overdue. */
	void tasks(OrganizationId clientAccount, int open, int overdue);
}
