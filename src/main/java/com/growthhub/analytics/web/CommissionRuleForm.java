package com.growthhub.analytics.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.growthhub.analytics.internal.commissions.CommissionInputException;
import com.growthhub.analytics.internal.commissions.CommissionRule;

/**
 * The rule form of the provider page: percents as people write them ({@code 12.5}), amounts in currency units
 * ({@code 50.00}), tiers one per line as {@code from amount: percent} ({@code 10000: 15}). Parse failures become the
 * same field errors as the API's.
 */
record CommissionRuleForm(@Nullable String type, @Nullable String percent, @Nullable String amount,
		@Nullable String currency, @Nullable String procedureCode, @Nullable String tiers, @Nullable String validFrom,
		@Nullable String validTo) implements java.io.Serializable {

	CommissionRule rule() {
		String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
		return switch (type == null ? "" : type) {
			case "percent" -> new CommissionRule.Percent(basisPoints("rule.percentBp", percent));
			case "flat_per_invoice" -> new CommissionRule.FlatPerInvoice(cents("rule.amountCents", amount), code);
			case "flat_per_procedure" -> new CommissionRule.FlatPerProcedure(
					procedureCode == null ? "" : procedureCode.strip().toUpperCase(Locale.ROOT), cents("rule.amountCents", amount),
					code);
			case "tiers" -> new CommissionRule.Tiers(tierList(), code);
			default -> throw CommissionInputException.field("rule", "choose a kind of rule");
		};
	}

	/** Blank: from today on. */
	LocalDate from() {
		LocalDate from = date("validFrom", validFrom);
		return from == null ? LocalDate.now() : from;
	}

	@Nullable LocalDate to() {
		return date("validTo", validTo);
	}

	private List<CommissionRule.Tier> tierList() {
		List<CommissionRule.Tier> list = new ArrayList<>();
		String[] rows = tiers == null ? new String[0] : tiers.strip().split("\\R");
		for (int i = 0; i < rows.length; i++) {
			String[] parts = rows[i].split(":");
			if (rows[i].isBlank()) {
				continue;
			}
			if (parts.length != 2) {
				throw CommissionInputException.field("rule.tiers[" + i + "]", "write each tier as 'from amount: percent'");
			}
			list.add(new CommissionRule.Tier(cents("rule.tiers[" + i + "].fromCents", parts[0]),
					basisPoints("rule.tiers[" + i + "].percentBp", parts[1])));
		}
		return list;
	}

	private static int basisPoints(String field, @Nullable String text) {
		try {
			return new BigDecimal(text == null ? "" : text.strip().replace("%", "")).movePointRight(2).intValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw CommissionInputException.field(field, "must be a percent such as 12.5");
		}
	}

	private static long cents(String field, @Nullable String text) {
		try {
			return new BigDecimal(text == null ? "" : text.strip().replace(",", "")).movePointRight(2).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw CommissionInputException.field(field, "must be an amount such as 50.00");
		}
	}

	private static @Nullable LocalDate date(String field, @Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw CommissionInputException.field(field, "must be a date (YYYY-MM-DD)");
		}
	}
}
