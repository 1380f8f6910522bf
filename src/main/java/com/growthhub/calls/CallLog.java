package com.growthhub.calls;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * How providers report calls. Implemented by the calls module; the integrations module's connectors call it from sync
 * runs and webhooks, each call (or a sync's page) in a transaction of its own with the organization's tenancy set by
 * the caller's context or by this facade.
 */
public interface CallLog {

	/**
	 * Stores a new call or updates the one with the same provider and external id: matches the contact by phone
	 * (creating a lead with source {@code ctm} when none matches), classifies a new call and re-classifies one whose
	 * transcript changed (unless a person set its category), and takes the provider's rating when it differs from
	 * ours — except while a rating changed here is still being pushed (see {@link #ratingPushed}). Idempotent:
	 * reporting the same call twice changes nothing the second time.
	 *
	 * @param provider the provider key, e.g. {@code ctm}
	 */
	RecordedCall record(OrganizationId organizationId, String provider, IncomingCall call);

	/**
	 * Records a page of a sync as {@link #record} records each call, in one transaction with the callers matched as a
	 * set; answers in the page's order. A failure rolls the whole page back (the caller may then record its calls one by
	 * one, so one bad call does not hold up the rest).
	 */
	List<RecordedCall> recordPage(OrganizationId organizationId, String provider, List<IncomingCall> calls);

	/**
	 * The provider now holds {@code rating} for the call, after a {@link CallRated}; until then incoming ratings for the
	 * call are ignored, so a sync that read the old rating before the push cannot undo the person's change. A push of a
	 * rating that has since changed again here is ignored.
	 */
	void ratingPushed(OrganizationId organizationId, CallId callId, @Nullable Integer rating);
}
