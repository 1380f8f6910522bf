package com.growthhub.messaging;

import java.util.List;

import com.growthhub.shared.OrganizationId;

/**
 * Read-only: the lines organizations hold beyond their plan's free ones, for whoever bills them (billing's monthly
 * phone-line invoices). Counts are those of the moment asked: a line bought or released changes the next answer.
 * Both methods open a transaction of their own.
 */
public interface PurchasedLines {

	/** Every organization that holds at least one purchased line now, across the installation (for jobs). */
	List<Holding> holdings();

	/** What {@code organization} holds now; zeros (and the plan's free lines) for one that never had a line. */
	Holding of(OrganizationId organization);

	/**
	 * @param freeLinesIncluded lines the organization's plan includes at no charge
	 * @param linesPurchased lines held beyond those, each one charged
	 */
	record Holding(OrganizationId organization, int freeLinesIncluded, int linesPurchased) {
	}
}
