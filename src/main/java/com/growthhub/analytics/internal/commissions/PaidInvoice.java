package com.growthhub.analytics.internal.commissions;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A paid invoice as commissions see it: {@code paidCents} is what was paid (its total less credit notes), spread over
 * the lines in proportion to their totals.
 */
record PaidInvoice(UUID invoiceId, String number, String currency, long totalCents, long paidCents, List<Line> lines) {

	record Line(UUID id, long totalCents, @Nullable UUID providerId, @Nullable String procedureCode) {
	}

	/** What was paid for {@code line}: its share of {@code paidCents}, rounded half-even. */
	long paidFor(Line line) {
		return CommissionMath.share(line.totalCents(), paidCents, totalCents);
	}

	/** What was paid for all the lines of {@code provider}. */
	long paidForProvider(UUID provider) {
		long total = lines.stream().filter(line -> provider.equals(line.providerId())).mapToLong(Line::totalCents).sum();
		return CommissionMath.share(total, paidCents, totalCents);
	}

	List<UUID> providers() {
		return lines.stream().map(Line::providerId).filter(java.util.Objects::nonNull).distinct().toList();
	}
}
