package com.growthhub.analytics.internal.commissions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a provider earns on a paid invoice (seed 004's {@code ruleJson}, typed): a percent of what was paid for their
 * lines, a flat amount per paid invoice, a flat amount per line of a procedure code, or a percent that depends on the
 * provider's revenue of the month (tiers). Percents are basis points (1250 = 12.5 %). Stored and exchanged as JSON
 * with a lower-case {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = CommissionRule.Percent.class, name = "percent"),
		@JsonSubTypes.Type(value = CommissionRule.FlatPerInvoice.class, name = "flat_per_invoice"),
		@JsonSubTypes.Type(value = CommissionRule.FlatPerProcedure.class, name = "flat_per_procedure"),
		@JsonSubTypes.Type(value = CommissionRule.Tiers.class, name = "tiers") })
public sealed interface CommissionRule {

	int MAX_BASIS_POINTS = 10_000;

	long MAX_CENTS = 100_000_000_00L;

	/** The rule's {@code type} as stored and answered. */
	String type();

	/** What is wrong with the rule, each error naming its JSON property under {@code prefix}; empty when valid. */
	List<FieldError> errors(String prefix);

	record FieldError(String field, String message) implements java.io.Serializable {
	}

	/** {@code percentBp} of what was paid for the provider's lines. */
	record Percent(int percentBp) implements CommissionRule {

		@Override
		public String type() {
			return "percent";
		}

		@Override
		public List<FieldError> errors(String prefix) {
			return basisPoints(prefix + "percentBp", percentBp);
		}
	}

	/** {@code amountCents} once per paid invoice that has a line of the provider (in the invoice's currency only). */
	record FlatPerInvoice(long amountCents, String currency) implements CommissionRule {

		@Override
		public String type() {
			return "flat_per_invoice";
		}

		@Override
		public List<FieldError> errors(String prefix) {
			List<FieldError> errors = new ArrayList<>(cents(prefix + "amountCents", amountCents));
			errors.addAll(currencyCode(prefix + "currency", currency));
			return errors;
		}
	}

	/** {@code amountCents} per paid line of the provider with {@code procedureCode}. */
	record FlatPerProcedure(String procedureCode, long amountCents, String currency) implements CommissionRule {

		@Override
		public String type() {
			return "flat_per_procedure";
		}

		@Override
		public List<FieldError> errors(String prefix) {
			List<FieldError> errors = new ArrayList<>();
			if (procedureCode == null || !ProcedureCodes.FORMAT.matcher(procedureCode).matches()) {
				errors.add(new FieldError(prefix + "procedureCode", "must be a procedure code such as BTX"));
			}
			errors.addAll(cents(prefix + "amountCents", amountCents));
			errors.addAll(currencyCode(prefix + "currency", currency));
			return errors;
		}
	}

	/**
	 * The percent of the highest tier the provider's paid revenue of the month reaches (this invoice included) applies
	 * to the invoice; the first tier starts at 0. Revenue in another currency than {@code currency} earns nothing.
	 */
	record Tiers(List<Tier> tiers, String currency) implements CommissionRule {

		public Tiers {
			tiers = tiers == null ? List.of() : tiers.stream().sorted(Comparator.comparingLong(Tier::fromCents)).toList();
		}

		@Override
		public String type() {
			return "tiers";
		}

		public int percentBpAt(long monthRevenueCents) {
			int percent = 0;
			for (Tier tier : tiers) {
				if (monthRevenueCents >= tier.fromCents()) {
					percent = tier.percentBp();
				}
			}
			return percent;
		}

		@Override
		public List<FieldError> errors(String prefix) {
			List<FieldError> errors = new ArrayList<>(currencyCode(prefix + "currency", currency));
			if (tiers.isEmpty() || tiers.size() > 20) {
				errors.add(new FieldError(prefix + "tiers", "must have 1 to 20 tiers"));
				return errors;
			}
			if (tiers.getFirst().fromCents() != 0) {
				errors.add(new FieldError(prefix + "tiers[0].fromCents", "must be 0: the first tier starts at no revenue"));
			}
			for (int i = 0; i < tiers.size(); i++) {
				Tier tier = tiers.get(i);
				errors.addAll(cents(prefix + "tiers[" + i + "].fromCents", tier.fromCents()));
				errors.addAll(basisPoints(prefix + "tiers[" + i + "].percentBp", tier.percentBp()));
				if (i > 0 && tiers.get(i - 1).fromCents() == tier.fromCents()) {
					errors.add(new FieldError(prefix + "tiers[" + i + "].fromCents", "must differ from the other tiers'"));
				}
			}
			return errors;
		}
	}

	record Tier(long fromCents, int percentBp) {
	}

	private static List<FieldError> basisPoints(String field, int value) {
		return value < 0 || value > MAX_BASIS_POINTS
				? List.of(new FieldError(field, "must be between 0 and 10000 basis points (0 to 100 %)")) : List.of();
	}

	private static List<FieldError> cents(String field, long value) {
		return value < 0 || value > MAX_CENTS ? List.of(new FieldError(field, "must be between 0 and " + MAX_CENTS))
				: List.of();
	}

	private static List<FieldError> currencyCode(String field, String value) {
		return value == null || !value.matches("[A-Z]{3}")
				? List.of(new FieldError(field, "must be an ISO 4217 currency code in capitals, e.g. EUR")) : List.of();
	}
}
