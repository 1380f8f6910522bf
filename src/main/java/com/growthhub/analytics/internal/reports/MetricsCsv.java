package com.growthhub.analytics.internal.reports;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The columns a row of {@link Metrics} takes in a report's CSV: the same names and units as the API's JSON. */
record MetricsCsv(Metrics metrics) {

	static final List<String> HEADER = List.of("spendCents", "leads", "costPerLeadCents", "consultsBooked",
			"costPerConsultCents", "consultsHeld", "showRate", "costPerShowCents", "paidInvoices", "revenueCents", "roas",
			"leadToConsult", "consultToShow", "showToPaid");

	List<String> cells() {
		List<String> cells = new ArrayList<>();
		for (Object value : new Object[] { metrics.spendCents(), metrics.leads(), metrics.costPerLeadCents(),
				metrics.consultsBooked(), metrics.costPerConsultCents(), metrics.consultsHeld(), metrics.showRate(),
				metrics.costPerShowCents(), metrics.paidInvoices(), metrics.revenueCents(), metrics.roas(),
				metrics.leadToConsult(), metrics.consultToShow(), metrics.showToPaid() }) {
			cells.add(text(value));
		}
		return cells;
	}

	static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	static List<String> join(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
