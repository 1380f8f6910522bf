package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.PageCursor;

/**
 * A sort order of the contact list as SQL: its key (also written into cursors), and how keyset pages continue
 * after a cursor. Each key is a plain column or a CASE over one, compared with leakproof operators, so that
 * under row-level security the cursor condition is an index condition and a deep page costs what the first does.
 * <p>
 * Blank values (no email, no company, no interaction yet) come after every value in both directions: a page walks
 * the values through the index and then the blanks, which that index keeps together, ordered by id.
 */
record ContactOrder(String key, String cast, boolean nullable, boolean descending) {

	/** The lifecycle order of contact types; V24's index holds the same expression. */
	static final String TYPE_RANK = "(case c.type when 'TARGET' then 1 when 'CONTACT' then 2 when 'PLUG' then 3 "
			+ "when 'LEAD' then 4 else 5 end)";

	static ContactOrder of(ContactQuery.Sort sort) {
		boolean desc = sort.descending();
		return switch (sort.key()) {
			case UPDATED -> new ContactOrder("c.updated_at", "timestamptz", false, desc);
			case CREATED -> new ContactOrder("c.created_at", "timestamptz", false, desc);
			case NAME -> new ContactOrder("c.sort_name", "text", false, desc);
			case EMAIL -> new ContactOrder("c.email", "text", true, desc);
			case COMPANY -> new ContactOrder("c.sort_company", "text", true, desc);
			case TYPE -> new ContactOrder(TYPE_RANK, "integer", false, desc);
			case SCORE -> new ContactOrder("c.lead_score", "integer", false, desc);
			case LAST_INTERACTION -> new ContactOrder("c.last_interaction_at", "timestamptz", true, desc);
		};
	}

	/** One condition with its parameters. */
	record Condition(String sql, List<Object> params) {
	}

	/** A stretch of the order that one index scan reads: the values, or the blanks. */
	record Section(List<Condition> conditions, String orderBy) {
	}

	/** The whole order, for a statement that sorts (the export, a few matches). */
	String orderBy(String keyColumn, String idColumn) {
		String direction = descending ? " desc" : "";
		return keyColumn + direction + (nullable ? " nulls last" : "") + ", " + idColumn + direction;
	}

	String orderBy() {
		return orderBy(key, "c.id");
	}

	/** The rows after the cursor, as one condition (for matches that are sorted in memory anyway). */
	Condition after(PageCursor cursor) {
		if (!nullable) {
			return past(cursor);
		}
		if (cursor.value() == null) {
			return new Condition(key + " is null and c.id " + comparison() + " ?", List.of(cursor.id()));
		}
		Condition past = past(cursor);
		return new Condition("(" + key + " is null or " + past.sql() + ")", past.params());
	}

	/** The index scans that read the rows after the cursor (from the start without one), in order. */
	List<Section> sections(@Nullable PageCursor cursor) {
		String direction = descending ? " desc" : "";
		String byKey = key + direction + ", c.id" + direction;
		if (!nullable) {
			return List.of(new Section(cursor == null ? List.of() : List.of(past(cursor)), byKey));
		}
		List<Section> sections = new ArrayList<>();
		Condition blanks = new Condition(key + " is null", List.of());
		if (cursor == null || cursor.value() != null) {
			List<Condition> values = new ArrayList<>(List.of(new Condition(key + " is not null", List.of())));
			if (cursor != null) {
				values.add(past(cursor));
			}
			sections.add(new Section(values, byKey));
			sections.add(new Section(List.of(blanks), "c.id" + direction));
		}
		else {
			sections.add(new Section(List.of(blanks, new Condition("c.id " + comparison() + " ?", List.of(cursor.id()))),
					"c.id" + direction));
		}
		return sections;
	}

	private Condition past(PageCursor cursor) {
		if (cursor.value() == null) {
			throw new PageCursor.InvalidCursorException();
		}
		return new Condition("(" + key + ", c.id) " + comparison() + " (cast(? as " + cast + "), ?)",
				List.of(cursor.value(), cursor.id()));
	}

	private String comparison() {
		return descending ? "<" : ">";
	}
}
