package com.growthhub.masterclasses.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a registrant stands on the masterclass funnel (PL6). Moves only go forward along Registered → Invoiced → Paid →
 * Attended → Scheduled → Won, possibly skipping steps (a free class has no invoice; a registrant may book a call without
 * attending); Lost ends any open status. Won and Lost are final. Each status has a pipeline stage of the same name.
 */
public enum FunnelStatus {

	REGISTERED("Registered"), INVOICED("Invoiced"), PAID("Paid"), ATTENDED("Attended"), SCHEDULED("Scheduled"),
	WON("Won"), LOST("Lost");

	private final String stageName;

	FunnelStatus(String stageName) {
		this.stageName = stageName;
	}

	/** The key requests, answers and the database spell, e.g. {@code paid}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The name of the masterclass pipeline's stage for this status. */
	public String stageName() {
		return stageName;
	}

	public boolean isFinal() {
		return this == WON || this == LOST;
	}

	/** True when moving from this status to {@code next} goes forward; staying put is no move. */
	public boolean canMoveTo(FunnelStatus next) {
		if (isFinal() || next == this) {
			return false;
		}
		return next == LOST || next.ordinal() > ordinal();
	}

	public static Optional<FunnelStatus> fromKey(String key) {
		return Arrays.stream(values()).filter(status -> status.key().equalsIgnoreCase(key.trim())).findFirst();
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(FunnelStatus::key).toList();
	}
}
