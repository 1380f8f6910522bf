package com.growthhub.analytics;

import java.util.Locale;
import java.util.Optional;

/** What a KPI event counts (seed 004); stored and written in JSON as its lower-case key ({@code ad_click}). */
public enum KpiKind {
	AD_CLICK, CONSULT_BOOKED, CONSULT_SHOW, INVOICE_PAID;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Only a paid invoice carries money; the other kinds are counts. */
	public boolean carriesValue() {
		return this == INVOICE_PAID;
	}

	public static Optional<KpiKind> ofKey(String key) {
		for (KpiKind kind : values()) {
			if (kind.key().equalsIgnoreCase(key)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
