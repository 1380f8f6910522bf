package com.growthhub.masterclasses.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A masterclass's life: draft → published (its landing page takes registrations) → live → ended → archived. Each step
 * has its own action; anything else is refused, so a class never goes live twice or back to draft.
 */
public enum MasterclassStatus {

	DRAFT, PUBLISHED, LIVE, ENDED, ARCHIVED;

	/** The actions that move a class, each from exactly one status. */
	public enum Action {
		PUBLISH(DRAFT, PUBLISHED), START(PUBLISHED, LIVE), END(LIVE, ENDED), ARCHIVE(ENDED, ARCHIVED);

		private final MasterclassStatus from;
		private final MasterclassStatus to;

		Action(MasterclassStatus from, MasterclassStatus to) {
			this.from = from;
			this.to = to;
		}

		public MasterclassStatus from() {
			return from;
		}

		public MasterclassStatus to() {
			return to;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The status {@code action} leads to from here, empty when it cannot be taken from this status. */
	public Optional<MasterclassStatus> after(Action action) {
		return action.from() == this ? Optional.of(action.to()) : Optional.empty();
	}

	/** Whether the landing page takes registrations: published and live classes. */
	public boolean open() {
		return this == PUBLISHED || this == LIVE;
	}

	/** Whether visitors see the landing page at all. */
	public boolean visible() {
		return this != DRAFT && this != ARCHIVED;
	}

	public static Optional<MasterclassStatus> fromKey(String key) {
		return Arrays.stream(values()).filter(status -> status.key().equalsIgnoreCase(key.trim())).findFirst();
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(MasterclassStatus::key).toList();
	}
}
