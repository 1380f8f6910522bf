package com.growthhub.analytics.internal.commissions;

import java.time.YearMonth;
import java.util.Set;

/** A closed month is frozen: what happens in it is booked in the first open month after it. */
final class CommissionMonths {

	private CommissionMonths() {
	}

	static YearMonth openFrom(YearMonth month, Set<YearMonth> closed) {
		YearMonth open = month;
		while (closed.contains(open)) {
			open = open.plusMonths(1);
		}
		return open;
	}
}
