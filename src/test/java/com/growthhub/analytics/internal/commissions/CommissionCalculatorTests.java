package com.growthhub.analytics.internal.commissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CommissionCalculatorTests {

	static final UUID SURGEON = UUID.randomUUID();
	static final UUID NURSE = UUID.randomUUID();
	static final LocalDate PAID_ON = LocalDate.of(2026, 3, 15);

	final UUID rhino = UUID.randomUUID();
	final UUID btx = UUID.randomUUID();
	final UUID unnamed = UUID.randomUUID();

	/** 8000.00 rhinoplasty by the surgeon, 2 × BTX 300.00 by the nurse, 100.00 of nobody's: 9100.00. */
	PaidInvoice invoice(long paidCents) {
		return new PaidInvoice(UUID.randomUUID(), "INV-1", "EUR", 910_000, paidCents,
				List.of(new PaidInvoice.Line(rhino, 800_000, SURGEON, "RHINO"),
						new PaidInvoice.Line(btx, 60_000, NURSE, "BTX"),
						new PaidInvoice.Line(unnamed, 50_000, null, null)));
	}

	static RuleInForce rule(UUID provider, CommissionRule rule) {
		return new RuleInForce(UUID.randomUUID(), provider, rule, LocalDate.of(2026, 1, 1), null);
	}

	static List<Earning> earn(PaidInvoice invoice, RuleInForce... rules) {
		return CommissionCalculator.earnings(invoice, List.of(rules), PAID_ON, (provider, currency) -> 0);
	}

	@Test
	void aPercentRuleEarnsItsBasisPointsOfWhatWasPaidForTheProvidersLines() {
		List<Earning> earnings = earn(invoice(910_000), rule(SURGEON, new CommissionRule.Percent(1250)));
		assertThat(earnings).singleElement().satisfies(earning -> {
			assertThat(earning.providerId()).isEqualTo(SURGEON);
			assertThat(earning.baseCents()).isEqualTo(800_000);
			assertThat(earning.amountCents()).isEqualTo(100_000);
			assertThat(earning.ruleType()).isEqualTo("percent");
			assertThat(earning.currency()).isEqualTo("EUR");
		});
	}

	@Test
	void aCreditBeforePaymentLowersTheBaseInProportion() {
		// 9100 − 910 credited = 8190 paid: 90 % of each line; surgeon 7200.00, 10 % = 720.00
		List<Earning> earnings = earn(invoice(819_000), rule(SURGEON, new CommissionRule.Percent(1000)));
		assertThat(earnings).singleElement().satisfies(earning -> {
			assertThat(earning.baseCents()).isEqualTo(720_000);
			assertThat(earning.amountCents()).isEqualTo(72_000);
		});
	}

	@Test
	void percentsRoundHalfEvenToTheCent() {
		PaidInvoice odd = new PaidInvoice(UUID.randomUUID(), "INV-2", "EUR", 1_005, 1_005,
				List.of(new PaidInvoice.Line(rhino, 1_005, SURGEON, null)));
		// 10.05 × 5 % = 0.5025 → 1 cent... 50.25 → 50; 10.05 × 50 % = 502.5 → 502 (half-even)
		assertThat(earn(odd, rule(SURGEON, new CommissionRule.Percent(500))).getFirst().amountCents()).isEqualTo(50);
		assertThat(earn(odd, rule(SURGEON, new CommissionRule.Percent(5000))).getFirst().amountCents()).isEqualTo(502);
	}

	@Test
	void aFlatPerInvoiceRuleEarnsOnceWhateverTheLinesInTheInvoicesCurrencyOnly() {
		assertThat(earn(invoice(910_000), rule(NURSE, new CommissionRule.FlatPerInvoice(5_000, "EUR"))))
			.singleElement().satisfies(earning -> {
				assertThat(earning.amountCents()).isEqualTo(5_000);
				assertThat(earning.baseCents()).isEqualTo(60_000);
			});
		assertThat(earn(invoice(910_000), rule(NURSE, new CommissionRule.FlatPerInvoice(5_000, "USD")))).isEmpty();
	}

	@Test
	void aFlatPerProcedureRuleEarnsOnEachLineOfThatCodeOnly() {
		PaidInvoice invoice = new PaidInvoice(UUID.randomUUID(), "INV-3", "EUR", 90_000, 90_000,
				List.of(new PaidInvoice.Line(btx, 30_000, NURSE, "BTX"),
						new PaidInvoice.Line(rhino, 30_000, NURSE, "FILLER"),
						new PaidInvoice.Line(unnamed, 30_000, NURSE, "BTX")));
		List<Earning> earnings = earn(invoice, rule(NURSE, new CommissionRule.FlatPerProcedure("BTX", 2_500, "EUR")));
		assertThat(earnings).extracting(Earning::invoiceLineId).containsExactly(btx, unnamed);
		assertThat(earnings).extracting(Earning::amountCents).containsExactly(2_500L, 2_500L);
		assertThat(earnings).extracting(Earning::procedureCode).containsOnly("BTX");
	}

	@Test
	void tiersTakeThePercentOfTheTierTheMonthsRevenueReachesWithThisInvoice() {
		CommissionRule.Tiers tiers = new CommissionRule.Tiers(List.of(new CommissionRule.Tier(1_000_000, 1500),
				new CommissionRule.Tier(0, 1000), new CommissionRule.Tier(2_000_000, 2000)), "EUR");
		RuleInForce rule = rule(SURGEON, tiers);
		PaidInvoice invoice = invoice(910_000);
		// nothing before: 8000 → tier 0 (10 %)
		assertThat(CommissionCalculator.earnings(invoice, List.of(rule), PAID_ON, (p, c) -> 0).getFirst().amountCents())
			.isEqualTo(80_000);
		// 3000 before + 8000 = 11000 → 15 %
		assertThat(CommissionCalculator.earnings(invoice, List.of(rule), PAID_ON, (p, c) -> 300_000).getFirst()
			.amountCents()).isEqualTo(120_000);
		// exactly reaching 20000 → 20 %
		assertThat(CommissionCalculator.earnings(invoice, List.of(rule), PAID_ON, (p, c) -> 1_200_000).getFirst()
			.amountCents()).isEqualTo(160_000);
	}

	@Test
	void onlyRulesValidOnThePaidDayApplyBothEndsIncluded() {
		CommissionRule percent = new CommissionRule.Percent(1000);
		RuleInForce ended = new RuleInForce(UUID.randomUUID(), SURGEON, percent, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 3, 14));
		RuleInForce endsToday = new RuleInForce(UUID.randomUUID(), SURGEON, percent, LocalDate.of(2026, 1, 1), PAID_ON);
		RuleInForce startsToday = new RuleInForce(UUID.randomUUID(), SURGEON, percent, PAID_ON, null);
		RuleInForce future = new RuleInForce(UUID.randomUUID(), SURGEON, percent, LocalDate.of(2026, 3, 16), null);
		assertThat(earn(invoice(910_000), ended, endsToday, startsToday, future)).extracting(Earning::ruleId)
			.containsExactlyInAnyOrder(endsToday.id(), startsToday.id());
	}

	@Test
	void rulesOfOtherProvidersAndLinesWithoutProviderEarnNothing() {
		UUID stranger = UUID.randomUUID();
		assertThat(earn(invoice(910_000), rule(stranger, new CommissionRule.Percent(1000)))).isEmpty();
		PaidInvoice nobodys = new PaidInvoice(UUID.randomUUID(), "INV-4", "EUR", 100, 100,
				List.of(new PaidInvoice.Line(unnamed, 100, null, "BTX")));
		assertThat(earn(nobodys, rule(SURGEON, new CommissionRule.Percent(1000)))).isEmpty();
	}

	@Test
	void aZeroInvoiceEarnsZeroPercentWithoutDividingByZero() {
		PaidInvoice free = new PaidInvoice(UUID.randomUUID(), "INV-5", "EUR", 0, 0,
				List.of(new PaidInvoice.Line(rhino, 0, SURGEON, null)));
		assertThat(earn(free, rule(SURGEON, new CommissionRule.Percent(1000)))).singleElement()
			.satisfies(earning -> assertThat(earning.amountCents()).isZero());
	}
}
