package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many contacts a list has, without counting a million rows: the whole list, or one type or status of it,
 * is the sum of the exact counts the triggers keep ({@code contact_counts}); any other filter counts its matches
 * up to {@link ContactSearch#MATCH_CAP} through the same indexes the page uses, and past that says "more than".
 */
@Component
class ContactTotals {

	/** {@code exact} false: the list has more than {@code count} contacts. */
	record Total(long count, boolean exact) {
	}

	private final JdbcClient jdbc;

	ContactTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param matches the matches a search already counted (up to the cap, and one more past it), if it searched
	 * @param ownerLimited whether the actor sees only the contacts they own
	 */
	Total of(UUID org, ContactQuery query, Where where, @Nullable Integer matches, boolean ownerLimited) {
		if (matches != null) {
			return capped(matches);
		}
		if (!ownerLimited && onlyTypeOrStatus(query)) {
			List<Object> params = new ArrayList<>(List.of(org));
			String sql = "select coalesce(sum(live), 0) from contact_counts where organization_id = ?";
			if (query.type() != null) {
				sql += " and type = ?";
				params.add(query.type().name());
			}
			if (query.status() != null) {
				sql += " and status = ?";
				params.add(query.status().strip().toLowerCase(Locale.ROOT));
			}
			return new Total(jdbc.sql(sql).params(params).query(Long.class).single(), true);
		}
		return capped(jdbc.sql("select count(*) from (select 1 from contacts c where " + where.sql() + " limit "
				+ (ContactSearch.MATCH_CAP + 1) + ") m").params(where.params()).query(Integer.class).single());
	}

	private static Total capped(int matches) {
		return matches > ContactSearch.MATCH_CAP ? new Total(ContactSearch.MATCH_CAP, false) : new Total(matches, true);
	}

	private static boolean onlyTypeOrStatus(ContactQuery query) {
		return !query.deleted() && (query.q() == null || query.q().isBlank()) && query.tag() == null && query.listId() == null
				&& query.ownerId() == null && query.source() == null && query.campaign() == null && query.campaignId() == null && query.createdFrom() == null
				&& query.createdTo() == null && query.customFields().isEmpty();
	}
}
