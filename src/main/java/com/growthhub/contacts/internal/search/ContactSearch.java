package com.growthhub.contacts.internal.search;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/**
 * Lists contacts with filters, sorts and keyset pages (never OFFSET), and searches them: full-text
 * over names, email, company and job title, where each word of the query also matches the
 * organization's words within a small edit distance, so that "Jhon Smiht" still finds John Smith.
 */
@Service
public class ContactSearch {

	static final int MATCH_CAP = 5000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final TypoTolerantQuery typoTolerant;

	ContactSearch(JdbcClient jdbc, ContactSettingsStore settings, CustomFields customFields,
			ContactVisibility visibility, TenantTransactions transactions, TypoTolerantQuery typoTolerant) {
		this.typoTolerant = typoTolerant;
		this.jdbc = jdbc;
		this.settings = settings;
		this.customFields = customFields;
		this.visibility = visibility;
		this.transactions = transactions;
	}

	public record Page(List<ContactView> items, @Nullable String nextCursor) {
	}

	/** The contacts the actor may see that match {@code query}, one page of them. */
	public Page find(OrganizationId organization, Actor actor, ContactQuery query) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			// Plan each list query for its own values: a prepared statement's generic plan cannot tell a rare
			// word or filter value from a common one, and the wrong plan for either costs hundreds of ms.
			jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
			Sql sql = new Sql(org, query.deleted());
			filters(sql, visibility.onlyOwner(organization, actor, rules), org, query);
			// Search results keep the chosen sort: ranking would recompute every match's text vector,
			// while a sort index finds the first page of matches directly.
			Order order = Order.of(query.sort());
			PageCursor after = PageCursor.parse(query.cursor());
			if (after != null) {
				order.after(sql, after);
			}
			int size = Math.clamp(query.limit(), 1, 200);
			String where = String.join(" and ", sql.where);
			String select = "select " + ContactRows.COLUMNS + ", " + order.key() + " as sort_key from contacts c where ";
			String page = " order by " + order.orderBy() + " limit " + (size + 1);
			List<Object[]> rows = new ArrayList<>();
			boolean searching = query.q() != null && !query.q().isBlank();
			// A search first collects its matches through the full-text index and sorts them in memory, as long
			// as they are few: walking the sort index and testing every row would take seconds for a rare word.
			// Past MATCH_CAP matches the words are common, and that walk finds a page within a few hundred rows.
			if (!searching || collectFewMatches(rows, where, order, size, sql.params) > MATCH_CAP) {
				collect(rows, select + where + page, sql.params);
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
			return new Page(items, next);
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
			Sql sql = new Sql(org, query.deleted());
			filters(sql, visibility.onlyOwner(organization, actor, rules), org, query);
			Order order = Order.of(query.sort());
			java.util.Set<String> hidden = rules.privacyMode()
					? ContactEditor.freeTextFields(customFields.definitions(org)) : java.util.Set.of();
			jdbc.sql("select " + ContactRows.COLUMNS + ", (select string_agg(distinct i.type, ' ' order by i.type) from interactions i "
					+ "where i.organization_id = c.organization_id and i.contact_id = c.id) as types from contacts c where "
					+ String.join(" and ", sql.where) + " order by " + order.orderBy())
				.params(sql.params)
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
	private int collectFewMatches(List<Object[]> rows, String where, Order order, int size, List<Object> params) {
		String direction = order.descending() ? " desc" : "";
		String byKey = "sort_key" + direction + ", id" + direction;
		String statement = "with m as materialized (select c.id, " + order.key() + " as sort_key from contacts c where " + where
				+ " limit " + (MATCH_CAP + 1) + "), n as (select count(*) as matches from m) "
				+ "select n.matches, p.* from n left join lateral (select " + ContactRows.COLUMNS + ", top.sort_key "
				+ "from (select id, sort_key from m order by " + byKey + " limit " + (size + 1) + ") top "
				+ "join contacts c on c.id = top.id where n.matches <= " + MATCH_CAP + ") p on true order by p.sort_key" + direction + ", p.id" + direction;
		int[] matches = { 0 };
		jdbc.sql(statement).params(params).query((rs, n) -> {
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

	/** @param onlyOwner the person whose contacts alone the actor may see, if the organization limits them */
	private void filters(Sql sql, @Nullable UUID onlyOwner, UUID org, ContactQuery query) {
		if (onlyOwner != null) {
			sql.add("c.owner_id = ?", onlyOwner);
		}
		if (query.q() != null && !query.q().isBlank()) {
			String q = query.q().strip().toLowerCase(java.util.Locale.ROOT);
			if (q.length() > 200) {
				throw InvalidContactException.field("q", "must be at most 200 characters");
			}
			if (q.contains("@")) {
				sql.add("c.email like ?", q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
			}
			else {
				sql.add("to_tsvector('simple', c.search_text) @@ to_tsquery('simple', ?)", typoTolerant.query(org, q));
			}
		}
		if (query.type() != null) {
			sql.add("c.type = ?", query.type().name());
		}
		if (query.status() != null) {
			sql.add("c.status = ?", query.status().strip().toLowerCase());
		}
		if (query.tag() != null) {
			sql.add("exists (select 1 from contact_tags t where t.contact_id = c.id and t.tag_id = ?)", query.tag());
		}
		if (query.listId() != null) {
			sql.add("exists (select 1 from list_members m where m.contact_id = c.id and m.list_id = ?)", query.listId());
		}
		if (query.ownerId() != null) {
			sql.add("c.owner_id = ?", query.ownerId());
		}
		if (query.source() != null) {
			sql.add("c.source = ?", query.source().strip().toUpperCase());
		}
		if (query.campaign() != null) {
			sql.add("c.campaign = ?", query.campaign());
		}
		if (query.createdFrom() != null) {
			sql.add("c.created_at >= ?", Timestamp.from(query.createdFrom()));
		}
		if (query.createdTo() != null) {
			sql.add("c.created_at < ?", Timestamp.from(query.createdTo()));
		}
		if (!query.customFields().isEmpty()) {
			Map<String, CustomFieldDefinition> definitions = new java.util.HashMap<>();
			customFields.definitions(org).forEach(d -> definitions.put(d.key(), d));
			query.customFields().forEach((key, raw) -> {
				CustomFieldDefinition definition = definitions.get(key);
				if (definition == null) {
					throw InvalidContactException.field("cf." + key, "is not a custom field of this organization");
				}
				Object value = CustomFields.parseFilter(definition, raw);
				if (value == null) {
					throw InvalidContactException.field("cf." + key, "does not match the field's type");
				}
				sql.add("c.custom_fields @> cast(? as jsonb)", JSON.writeValueAsString(Map.of(key, value)));
			});
		}
	}

	private static final class Sql {

		final List<String> where = new ArrayList<>();
		final List<Object> params = new ArrayList<>();

		Sql(UUID org, boolean deleted) {
			add("c.organization_id = ?", org);
			where.add(deleted ? "c.deleted_at is not null" : "c.deleted_at is null");
		}

		void add(String condition, Object param) {
			where.add(condition);
			params.add(param);
		}
	}

	/** A sort order: its key expression (also written into cursors) and how to continue after a cursor. */
	private record Order(String sortKey, String sortOrder, boolean descending, String cast) {

		static Order of(ContactQuery.Sort sort) {
			return switch (sort) {
				case UPDATED -> new Order("c.updated_at", "c.updated_at desc, c.id desc", true, "timestamptz");
				case CREATED -> new Order("c.created_at", "c.created_at desc, c.id desc", true, "timestamptz");
				case SCORE -> new Order("c.lead_score", "c.lead_score desc, c.id desc", true, "integer");
				case LAST_INTERACTION -> new Order("coalesce(c.last_interaction_at, '-infinity'::timestamptz)",
						"coalesce(c.last_interaction_at, '-infinity'::timestamptz) desc, c.id desc", true, "timestamptz");
				case NAME -> new Order("lower(c.first_name || ' ' || coalesce(c.last_name, ''))",
						"lower(c.first_name || ' ' || coalesce(c.last_name, '')), c.id", false, "text");
			};
		}

		String key() {
			return sortKey;
		}

		String orderBy() {
			return sortOrder;
		}

		void after(Sql sql, PageCursor cursor) {
			sql.where.add("(" + sortKey + ", c.id) " + (descending ? "<" : ">") + " (cast(? as " + cast + "), ?)");
			sql.params.add(cursor.value());
			sql.params.add(cursor.id());
		}
	}
}
