package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.ContactRows;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.ContactVisibility;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Lists contacts with filters, sorts and keyset pages (never OFFSET), and searches them ({@link SearchCondition}):
 * names, companies, job titles and email addresses by the starts of their words, accents and case aside, where
 * each word of the query also matches the organization's words within a small edit distance, so that "Jhon Smiht"
 * still finds John Smith; parts of email addresses; phone numbers in any format. The first page also says how
 * many contacts the list has ({@link ContactTotals}).
 */
@Service
public class ContactSearch {

	static final int MATCH_CAP = 5000;

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final ContactFilters filters;
	private final ContactTotals totals;

	ContactSearch(JdbcClient jdbc, ContactSettingsStore settings, CustomFields customFields,
			ContactVisibility visibility, TenantTransactions transactions, ContactFilters filters, ContactTotals totals) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.customFields = customFields;
		this.visibility = visibility;
		this.transactions = transactions;
		this.filters = filters;
		this.totals = totals;
	}

	/**
	 * One page of contacts. The first page (no cursor) also carries the list's {@code total}: exact when
	 * {@code totalExact}, otherwise the list has more than {@code total} contacts.
	 */
	public record Page(List<ContactView> items, @Nullable String nextCursor, @Nullable Long total,
			@Nullable Boolean totalExact) {
	}

	/** The contacts the actor may see that match {@code query}, one page of them. */
	public Page find(OrganizationId organization, Actor actor, ContactQuery query) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			// Plan each list query for its own values: a prepared statement's generic plan cannot tell a rare
			// word or filter value from a common one, and the wrong plan for either costs hundreds of ms.
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			@Nullable UUID onlyOwner = visibility.onlyOwner(organization, actor, rules);
			Where where = filters.of(org, rules, onlyOwner, query);
			// Search results keep the chosen sort: ranking would recompute every match's text vector,
			// while a sort index finds the first page of matches directly.
			ContactOrder order = ContactOrder.of(query.sort());
			@Nullable PageCursor after = PageCursor.parse(query.cursor());
			int size = Math.clamp(query.limit(), 1, 200);
			List<Object[]> rows = new ArrayList<>();
			// A search first collects its matches through the full-text index and sorts them in memory, as long
			// as they are few: walking the sort index and testing every row would take seconds for a rare word.
			// Past MATCH_CAP matches the words are common, and that walk finds a page within a few hundred rows.
			@Nullable Integer matches = where.searching()
					? collectFewMatches(rows, after == null ? where : where.and(List.of(order.after(after))), order, size) : null;
			if (matches == null || matches > MATCH_CAP) {
				for (ContactOrder.Section section : order.sections(after)) {
					int wanted = size + 1 - rows.size();
					if (wanted > 0) {
						Where part = where.and(section.conditions());
						collect(rows, "select " + ContactRows.COLUMNS + ", " + order.key() + " as sort_key from contacts c where "
								+ part.sql() + " order by " + section.orderBy() + " limit " + wanted, part.params());
					}
				}
			}
			// Privacy mode hides free-text custom fields: read their definitions once per page, not per row.
			java.util.Set<String> hidden = rules.privacyMode()
					? ContactEditor.freeTextFields(customFields.definitions(org)) : java.util.Set.of();
			List<ContactView> items = rows.stream()
				.limit(size)
				.map(r -> rules.privacyMode() ? ((ContactView) r[0]).redacted(hidden) : (ContactView) r[0])
				.toList();
			String next = null;
			if (rows.size() > size) {
				Object[] last = rows.get(size - 1);
				next = new PageCursor((String) last[1], ((ContactView) last[0]).id()).encode();
			}
			if (after != null) {
				return new Page(items, next, null, null);
			}
			ContactTotals.Total total = totals.of(org, query, where, matches, onlyOwner != null);
			return new Page(items, next, total.count(), total.exact());
		});
	}

	/** Every contact the query selects, in its sort order, with the kinds of interactions each has had. */
	public record Exported(ContactView contact, List<String> interactionTypes) {
	}

	/**
	 * Streams every match of the query (no page size) to {@code each}, reading 1,000 rows at a time from one
	 * transaction. Interaction kinds are read per contact through the timeline index.
	 */
	public void forEach(OrganizationId organization, Actor actor, ContactQuery query,
			java.util.function.Consumer<Exported> each) {
		UUID org = organization.value();
		transactions.run(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			Where where = filters.of(org, rules, visibility.onlyOwner(organization, actor, rules), query);
			ContactOrder order = ContactOrder.of(query.sort());
			java.util.Set<String> hidden = rules.privacyMode()
					? ContactEditor.freeTextFields(customFields.definitions(org)) : java.util.Set.of();
			jdbc.sql("select " + ContactRows.COLUMNS + ", (select string_agg(distinct i.type, ' ' order by i.type) from interactions i "
					+ "where i.organization_id = c.organization_id and i.contact_id = c.id) as types from contacts c where "
					+ where.sql() + " order by " + order.orderBy())
				.params(where.params())
				.withFetchSize(1000)
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					ContactView contact = ContactRows.MAPPER.mapRow(rs, 0);
					String types = rs.getString("types");
					each.accept(new Exported(rules.privacyMode() ? contact.redacted(hidden) : contact,
							types == null ? List.of() : List.of(types.split(" "))));
				});
		});
	}

	/**
	 * One statement: up to MATCH_CAP + 1 matches with their sort keys, and, if there are no more than
	 * MATCH_CAP, the page of them with its rows. Answers how many matches it saw.
	 */
	private int collectFewMatches(List<Object[]> rows, Where where, ContactOrder order, int size) {
		String statement = "with m as materialized (select c.id, " + order.key() + " as sort_key from contacts c where " + where.sql()
				+ " limit " + (MATCH_CAP + 1) + "), n as (select count(*) as matches from m) "
				+ "select n.matches, p.* from n left join lateral (select " + ContactRows.COLUMNS + ", top.sort_key "
				+ "from (select id, sort_key from m order by " + order.orderBy("sort_key", "id") + " limit " + (size + 1) + ") top "
				+ "join contacts c on c.id = top.id where n.matches <= " + MATCH_CAP + ") p on true order by "
				+ order.orderBy("p.sort_key", "p.id");
		int[] matches = { 0 };
		jdbc.sql(statement).params(where.params()).query((rs, n) -> {
			matches[0] = rs.getInt("matches");
			if (rs.getObject("id") != null) {
				rows.add(new Object[] { ContactRows.MAPPER.mapRow(rs, n), rs.getString("sort_key") });
			}
			return null;
		}).list();
		return matches[0];
	}

	private void collect(List<Object[]> rows, String statement, List<Object> params) {
		jdbc.sql(statement).params(params).query((rs, n) -> {
			rows.add(new Object[] { ContactRows.MAPPER.mapRow(rs, n), rs.getString("sort_key") });
			return null;
		}).list();
	}
}
