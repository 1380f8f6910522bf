package com.growthhub.analytics.internal.commissions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What each provider named on a paid invoice earns by each of their rules valid on the day it was paid. Lines that name
 * no provider earn nothing; flat amounts in another currency than the invoice's earn nothing (no exchange rates).
 */
final class CommissionCalculator {

	/** The provider's paid revenue of the month in a currency, before this invoice (for tiers). */
	@FunctionalInterface
	interface MonthRevenue {

		long before(UUID provider, String currency);
	}

	private CommissionCalculator() {
	}

	static List<Earning> earnings(PaidInvoice invoice, List<RuleInForce> rules, LocalDate paidOn, MonthRevenue revenue) {
		List<Earning> earnings = new ArrayList<>();
		for (UUID provider : invoice.providers()) {
			long base = invoice.paidForProvider(provider);
			for (RuleInForce rule : rules) {
				if (rule.providerId().equals(provider) && rule.validOn(paidOn)) {
					earnings.addAll(earned(invoice, provider, base, rule, revenue));
				}
			}
		}
		return earnings;
	}

	private static List<Earning> earned(PaidInvoice invoice, UUID provider, long base, RuleInForce rule,
			MonthRevenue revenue) {
		String currency = invoice.currency();
		return switch (rule.rule()) {
			case CommissionRule.Percent percent -> List.of(new Earning(provider, rule.id(), percent.type(), null, null,
					base, CommissionMath.percent(base, percent.percentBp()), currency));
			case CommissionRule.FlatPerInvoice flat -> flat.currency().equals(currency)
					? List.of(new Earning(provider, rule.id(), flat.type(), null, null, base, flat.amountCents(), currency))
					: List.of();
			case CommissionRule.FlatPerProcedure flat -> flat.currency().equals(currency) ? invoice.lines()
				.stream()
				.filter(line -> provider.equals(line.providerId()) && flat.procedureCode().equals(line.procedureCode()))
				.map(line -> new Earning(provider, rule.id(), flat.type(), line.id(), line.procedureCode(),
						invoice.paidFor(line), flat.amountCents(), currency))
				.toList() : List.of();
			case CommissionRule.Tiers tiers -> {
				if (!tiers.currency().equals(currency)) {
					yield List.of();
				}
				int percentBp = tiers.percentBpAt(revenue.before(provider, currency) + base);
				yield List.of(new Earning(provider, rule.id(), tiers.type(), null, null, base,
						CommissionMath.percent(base, percentBp), currency));
			}
		};
	}
}
