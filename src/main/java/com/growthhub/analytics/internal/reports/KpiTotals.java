package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * What a campaign (or platform, or the whole organization) counted in a period, in one currency, and the metrics
 * derived from it. A lead is an {@code ad_click} KPI event: each click recorded on a contact (a form submission or
 * registration with UTM values, or an outside click posted to the API) is one lead, so a person who comes back through
 * two campaigns is a lead of both. Every quotient is {@code null} when its divisor is zero: no spend means no ROAS,
 * never infinity. Costs are cents rounded half up; rates are fractions with four decimals, ROAS two decimals.
 */
public record KpiTotals(long spendCents, long leads, long consultsBooked, long consultsHeld, long paidInvoices,
		long revenueCents) {

	public static final KpiTotals NONE = new KpiTotals(0, 0, 0, 0, 0, 0);

	public KpiTotals plus(KpiTotals other) {
		return new KpiTotals(spendCents + other.spendCents, leads + other.leads, consultsBooked + other.consultsBooked,
				consultsHeld + other.consultsHeld, paidInvoices + other.paidInvoices, revenueCents + other.revenueCents);
	}

	public @Nullable Long costPerLeadCents() {
		return costPer(leads);
	}

	public @Nullable Long costPerConsultCents() {
		return costPer(consultsBooked);
	}

	public @Nullable Long costPerShowCents() {
		return costPer(consultsHeld);
	}

	/** Consults held over consults booked. */
	public @Nullable BigDecimal showRate() {
		return Conversion.rate(consultsBooked, consultsHeld);
	}

	/** Revenue over spend. */
	public @Nullable BigDecimal roas() {
		return spendCents == 0 ? null
				: BigDecimal.valueOf(revenueCents).divide(BigDecimal.valueOf(spendCents), 2, RoundingMode.HALF_UP);
	}

	private @Nullable Long costPer(long count) {
		return count == 0 ? null
				: BigDecimal.valueOf(spendCents).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
	}
}
