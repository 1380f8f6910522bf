package com.growthhub.analytics.internal.sales;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One client account's sales figures for a period, summed over all its owners and reps (leads with no owner are not
 * counted: nobody is accountable for them). The same shape rolls the accounts up for the agency.
 */
public record AccountMetrics(@Nullable UUID accountId, String name, long leadsOwned, long leadsContacted,
		@Nullable Long avgSecondsToFirstContact, long callsBooked, long callsHeld, long dealsWon,
		List<RepMetrics.Money> revenue) {

	/** Sums accounts; the average first-contact time is weighted by each account's contacted leads. */
	static AccountMetrics total(String name, List<AccountMetrics> accounts) {
		long leads = 0;
		long contacted = 0;
		long seconds = 0;
		long booked = 0;
		long held = 0;
		long won = 0;
		Map<String, Long> revenue = new TreeMap<>();
		for (AccountMetrics account : accounts) {
			leads += account.leadsOwned();
			contacted += account.leadsContacted();
			seconds += account.avgSecondsToFirstContact() == null ? 0
					: account.avgSecondsToFirstContact() * account.leadsContacted();
			booked += account.callsBooked();
			held += account.callsHeld();
			won += account.dealsWon();
			account.revenue().forEach(money -> revenue.merge(money.currency(), money.amountCents(), Long::sum));
		}
		var average = FirstContactAverage.of(contacted, seconds);
		List<RepMetrics.Money> money = new ArrayList<>();
		revenue.forEach((currency, cents) -> money.add(new RepMetrics.Money(currency, cents)));
		return new AccountMetrics(null, name, leads, contacted, average == null ? null : average.toSeconds(), booked,
				held, won, money);
	}
}
