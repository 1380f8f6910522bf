package com.growthhub.pipeline.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A deal as its board card shows it: the deal's own fields, plus its owner's name, its age in whole days since it
 * was created, and whether it is still open past its expected close date.
 */
public record BoardCard(@JsonUnwrapped DealView deal, @Nullable String ownerName, long ageDays, boolean overdue) {

	static BoardCard of(DealView deal, Map<UUID, String> memberNames, Instant now, LocalDate today) {
		String owner = deal.ownerId() == null ? null : memberNames.get(deal.ownerId());
		long age = Math.max(Duration.between(deal.createdAt(), now).toDays(), 0);
		boolean overdue = deal.status() == StageKind.OPEN && deal.expectedCloseDate() != null
				&& deal.expectedCloseDate().isBefore(today);
		return new BoardCard(deal, owner, age, overdue);
	}

	public String value(Locale locale) {
		return CurrencyTotal.format(deal.valueCents(), deal.currency(), locale);
	}
}
