package com.growthhub.analytics.web;

import java.util.ArrayList;
import java.util.List;

import com.growthhub.analytics.internal.sales.RepMetrics;
import com.growthhub.platform.csv.CsvExport;

/** The reps table as CSV rows: money in cents with its currency, one row per revenue currency (none: one row). */
record SalesCsv(CsvExport.Rows rows) {

	void write(List<RepMetrics> reps) {
		rows.header(List.of("member", "leadsOwned", "leadsContacted", "avgSecondsToFirstContact", "callsBooked",
				"callsHeld", "dealsWon", "revenueCents", "currency"));
		for (RepMetrics rep : reps) {
			List<RepMetrics.Money> revenue = rep.revenue().isEmpty() ? List.of(new RepMetrics.Money("", 0)) : rep.revenue();
			for (RepMetrics.Money money : revenue) {
				List<String> cells = new ArrayList<>(List.of(rep.name(), String.valueOf(rep.leadsOwned()),
						String.valueOf(rep.leadsContacted()),
						rep.avgSecondsToFirstContact() == null ? "" : String.valueOf(rep.avgSecondsToFirstContact()),
						String.valueOf(rep.callsBooked()), String.valueOf(rep.callsHeld()), String.valueOf(rep.dealsWon()),
						String.valueOf(money.amountCents()), money.currency()));
				rows.row(cells);
			}
		}
	}
}
