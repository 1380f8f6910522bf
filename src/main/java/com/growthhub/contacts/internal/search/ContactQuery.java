package com.growthhub.contacts.internal.search;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.InvalidContactException;

/** The filters, sort and page of a contact list; {@code customFields} maps a field key to the raw filter value. */
public record ContactQuery(@Nullable String q, @Nullable ContactType type, @Nullable String status, @Nullable UUID tag,
		@Nullable UUID listId, @Nullable UUID ownerId, @Nullable String source, @Nullable String campaign,
		@Nullable Instant createdFrom, @Nullable Instant createdTo, Map<String, String> customFields, Sort sort,
		@Nullable String cursor, int limit, boolean deleted, @Nullable UUID campaignId) {

	/** A query without a campaign filter by id ({@code campaign} still filters by name). */
	public ContactQuery(@Nullable String q, @Nullable ContactType type, @Nullable String status, @Nullable UUID tag,
			@Nullable UUID listId, @Nullable UUID ownerId, @Nullable String source, @Nullable String campaign,
			@Nullable Instant createdFrom, @Nullable Instant createdTo, Map<String, String> customFields, Sort sort,
			@Nullable String cursor, int limit, boolean deleted) {
		this(q, type, status, tag, listId, ownerId, source, campaign, createdFrom, createdTo, customFields, sort, cursor,
				limit, deleted, null);
	}

	/** What the list is sorted by. */
	public enum Key {
		UPDATED("updated", true), CREATED("created", true), NAME("name", false), EMAIL("email", false),
		COMPANY("company", false), TYPE("type", false), SCORE("score", true), LAST_INTERACTION("lastInteraction", true);

		private final String key;
		private final boolean descendingFirst;

		Key(String key, boolean descendingFirst) {
			this.key = key;
			this.descendingFirst = descendingFirst;
		}

		/** The name in a {@code sort} parameter: the camelCase field name. */
		public String key() {
			return key;
		}
	}

	/**
	 * A key and a direction. Without a direction each key sorts the way people mostly want it: names, emails,
	 * companies and types from A (and target) on, dates and scores newest and highest first.
	 */
	public record Sort(Key key, boolean descending) {

		private static final String KEYS = "updated, created, name, email, company, type, score, lastInteraction";

		public static Sort by(Key key) {
			return new Sort(key, key.descendingFirst);
		}

		/** Reads {@code name}, {@code name,desc}, {@code updated,asc}…; blank is the newest updates first. */
		public static Sort fromKey(@Nullable String text) {
			if (text == null || text.isBlank()) {
				return by(Key.UPDATED);
			}
			String[] parts = text.strip().split(",", -1);
			Key key = switch (parts[0].strip()) {
				case "updated", "updatedAt" -> Key.UPDATED;
				case "created", "createdAt" -> Key.CREATED;
				case "name" -> Key.NAME;
				case "email" -> Key.EMAIL;
				case "company" -> Key.COMPANY;
				case "type" -> Key.TYPE;
				case "score", "leadScore" -> Key.SCORE;
				case "lastInteraction", "lastInteractionAt" -> Key.LAST_INTERACTION;
				default -> throw InvalidContactException.field("sort", "must be one of " + KEYS + ", optionally followed by ,asc or ,desc");
			};
			if (parts.length == 1) {
				return by(key);
			}
			return switch (parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "") {
				case "asc" -> new Sort(key, false);
				case "desc" -> new Sort(key, true);
				default -> throw InvalidContactException.field("sort", "must be one of " + KEYS + ", optionally followed by ,asc or ,desc");
			};
		}

		/** The sort parameter that names this order, as short as it can be. */
		public String parameter() {
			return descending == key.descendingFirst ? key.key : key.key + (descending ? ",desc" : ",asc");
		}

		/** The order a click on the key's column heading asks for: this one reversed, or another key's usual one. */
		public Sort next(Key clicked) {
			return clicked == key ? new Sort(key, !descending) : by(clicked);
		}
	}
}
