package com.growthhub.analytics.internal.reports;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** {@link KpiTotals} with every derived figure spelled out, as the API, the page and the CSV show them. */
public record Metrics(long spendCents, long leads, @Nullable Long costPerLeadCents, long consultsBooked,
		@Nullable Long costPerConsultCents, long consultsHeld, @Nullable BigDecimal showRate,
		@Nullable Long costPerShowCents, long paidInvoices, long revenueCents, @Nullable BigDecimal roas,
		@Nullable BigDecimal leadToConsult, @Nullable BigDecimal consultToShow, @Nullable BigDecimal showToPaid) {

	public static Metrics of(KpiTotals totals) {
		return new Metrics(totals.spendCents(), totals.leads(), totals.costPerLeadCents(), totals.consultsBooked(),
				totals.costPerConsultCents(), totals.consultsHeld(), totals.showRate(), totals.costPerShowCents(),
				totals.paidInvoices(), totals.revenueCents(), totals.roas(),
				Conversion.rate(totals.leads(), totals.consultsBooked()), Conversion.rate(totals.consultsBooked(),
						totals.consultsHeld()), Conversion.rate(totals.consultsHeld(), totals.paidInvoices()));
	}
}
