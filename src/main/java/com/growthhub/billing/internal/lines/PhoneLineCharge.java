package com.growthhub.billing.internal.lines;

/**
 * What an organization pays each month for the lines it holds beyond its plan's free ones.
 *
 * @param billedByAgency a client account's lines are invoiced by its agency; anybody else's are part of the
 * organization's own subscription to the installation
 */
public record PhoneLineCharge(int freeLinesIncluded, int linesPurchased, long unitPriceCents, String currency,
		boolean billedByAgency) {

	public long monthlyCents() {
		return unitPriceCents * linesPurchased;
	}
}
