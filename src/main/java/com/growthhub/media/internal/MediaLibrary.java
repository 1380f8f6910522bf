package com.growthhub.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * Finding items: one by id, or a keyset page of the library with its filters. A private item exists only for its
 * owner (and for jobs): anybody else gets the same 404 as for an id that does not exist.
 */
@Service
public class MediaLibrary {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaLinks links;

	MediaLibrary(JdbcClient jdbc, TenantTransactions transactions, MediaLinks links) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.links = links;
	}

	public record Page(List<MediaItem> items, @Nullable String nextCursor) {
	}

	public MediaItem get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> load(organization, actor, id, false));
	}

	/** The item, read in the caller's transaction, locked for an update when asked. */
	MediaItem load(OrganizationId organization, Actor actor, UUID id, boolean forUpdate) {
		MediaItem item = jdbc.sql("select " + MediaRows.COLUMNS + " from media_items m where m.organization_id = ? and m.id = ?"
				+ (forUpdate ? " for update" : ""))
			.params(organization.value(), id)
			.query(MediaRows.MAPPER)
			.optional()
			.orElseThrow(MediaLibrary::notFound);
		if (!visible(actor, item)) {
			throw notFound();
		}
		return item;
	}

	/** The events and contacts of these items (which the caller read through this library); absent ones have none. */
	public java.util.Map<UUID, ItemLinks> links(OrganizationId organization, Actor actor, java.util.Collection<UUID> ids) {
		return transactions.call(organization, actor, () -> links.of(organization, ids));
	}

	static boolean visible(Actor actor, MediaItem item) {
		return item.accessLevel() != AccessLevel.PRIVATE || actor.userId() == null
				|| item.ownerId().equals(actor.userId());
	}

	static NotFoundException notFound() {
		return NotFoundException.of("Media item");
	}

	/**
	 * Newest first; inside a collection, in the collection's order. {@code cursor} is the {@code nextCursor} of the
	 * previous page of the same query.
	 */
	public Page list(OrganizationId organization, Actor actor, MediaQuery query, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 200);
		return transactions.call(organization, actor, () -> {
			List<Object> params = new ArrayList<>();
			StringBuilder sql = new StringBuilder("select " + MediaRows.COLUMNS);
			boolean inCollection = query.collectionId() != null;
			if (inCollection) {
				sql.append(", ci.position from media_items m join media_collection_items ci on ci.media_id = m.id "
						+ "and ci.organization_id = m.organization_id and ci.collection_id = ?");
				params.add(query.collectionId());
			}
			else {
				sql.append(" from media_items m");
			}
			sql.append(" where m.organization_id = ?");
			params.add(organization.value());
			filter(sql, params, actor, query);
			if (cursor != null) {
				if (inCollection) {
					sql.append(" and (ci.position, m.id) > (?, ?)");
					params.add(position(cursor));
				}
				else {
					sql.append(" and (m.created_at, m.id) < (?, ?)");
					params.add(java.sql.Timestamp.from(cursor.instant()));
				}
				params.add(cursor.id());
			}
			sql.append(inCollection ? " order by ci.position, m.id" : " order by m.created_at desc, m.id desc");
			sql.append(" limit ").append(size + 1);
			record Row(MediaItem item, int position) {
			}
			List<Row> rows = jdbc.sql(sql.toString()).params(params)
				.query((rs, n) -> new Row(MediaRows.MAPPER.mapRow(rs, n), inCollection ? rs.getInt("position") : 0))
				.list();
			List<MediaItem> items = rows.stream().limit(size).map(Row::item).toList();
			String next = null;
			if (rows.size() > size) {
				Row last = rows.get(size - 1);
				next = (inCollection ? new PageCursor(String.valueOf(last.position()), last.item().id())
						: new PageCursor(last.item().createdAt(), last.item().id())).encode();
			}
			return new Page(items, next);
		});
	}

	private static int position(PageCursor cursor) {
		try {
			return Integer.parseInt(String.valueOf(cursor.value()));
		}
		catch (NumberFormatException ex) {
			throw new PageCursor.InvalidCursorException();
		}
	}

	/** Appends the query's conditions and what the actor may see to a statement over {@code media_items m}. */
	static void filter(StringBuilder sql, List<Object> params, Actor actor, MediaQuery query) {
		if (actor.userId() != null) {
			sql.append(" and (m.access_level <> 'PRIVATE' or m.owner_id = ?)");
			params.add(actor.userId());
		}
		if (query.type() != null) {
			sql.append(" and m.media_type = ?");
			params.add(query.type().name());
		}
		if (query.q() != null && !query.q().isBlank()) {
			sql.append(" and m.search_text like ?");
			params.add("%" + query.q().strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
				.replace("_", "\\_") + "%");
		}
		if (query.tag() != null && !query.tag().isBlank()) {
			sql.append(" and ? = any(m.tags)");
			params.add(MediaTags.clean(query.tag()));
		}
		if (query.from() != null) {
			sql.append(" and m.created_at >= ?");
			params.add(java.sql.Timestamp.from(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and m.created_at < ?");
			params.add(java.sql.Timestamp.from(query.to()));
		}
		if (query.status() != null) {
			sql.append(" and m.status = ?");
			params.add(query.status().name());
		}
		if (query.eventId() != null) {
			sql.append(" and exists (select 1 from media_links l where l.organization_id = m.organization_id "
					+ "and l.media_id = m.id and l.event_id = ?)");
			params.add(query.eventId());
		}
		if (query.contactId() != null) {
			sql.append(" and exists (select 1 from media_links l where l.organization_id = m.organization_id "
					+ "and l.media_id = m.id and l.contact_id = ?)");
			params.add(query.contactId());
		}
	}
}
