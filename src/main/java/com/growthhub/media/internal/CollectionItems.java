package com.growthhub.media.internal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The order of a collection: positions run 0..n-1 and every change renumbers them under a lock on the collection, so
 * two people rearranging at once take turns. Putting an item into an event's photos or a contact's profile pictures
 * also links it to that event or contact.
 */
@Service
public class CollectionItems {

	static final int MAX_ITEMS = 1000;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaLibrary library;
	private final MediaLinks links;

	CollectionItems(JdbcClient jdbc, TenantTransactions transactions, MediaLibrary library, MediaLinks links) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.library = library;
		this.links = links;
	}

	/** Answers 404 unless the collection exists in the organization. */
	void checkCollection(OrganizationId organization, Actor actor, UUID collectionId) {
		transactions.run(organization, actor, () -> lock(organization, collectionId));
	}

	/**
	 * Puts the item at {@code position} (0 is first; past the end or absent means last), moving it there when it is in
	 * the collection already. Answers the collection's items in order.
	 */
	public List<MediaItem> put(OrganizationId organization, Actor actor, UUID collectionId, UUID mediaId,
			@Nullable Integer position) {
		if (position != null && position < 0) {
			throw MediaInputException.field("position", "must be 0 or more");
		}
		return transactions.call(organization, actor, () -> {
			place(organization, actor, collectionId, mediaId, position);
			return items(organization, actor, collectionId);
		});
	}

	/** At the end; call inside the organization's transaction. */
	void append(OrganizationId organization, Actor actor, UUID collectionId, UUID mediaId) {
		place(organization, actor, collectionId, mediaId, null);
	}

	private void place(OrganizationId organization, Actor actor, UUID collectionId, UUID mediaId,
			@Nullable Integer position) {
		Locked collection = lock(organization, collectionId);
		library.load(organization, actor, mediaId, false);
		int count = count(collectionId);
		Integer current = jdbc.sql("select position from media_collection_items where collection_id = ? and media_id = ?")
			.params(collectionId, mediaId).query(Integer.class).optional().orElse(null);
		if (current == null) {
			if (count >= MAX_ITEMS) {
				throw MediaConflictException.collectionFull(MAX_ITEMS);
			}
			int at = position == null ? count : Math.min(position, count);
			jdbc.sql("update media_collection_items set position = position + 1 where collection_id = ? and position >= ?")
				.params(collectionId, at).update();
			jdbc.sql("insert into media_collection_items (id, organization_id, collection_id, media_id, position) values (?, ?, ?, ?, ?)")
				.params(Ids.next(), organization.value(), collectionId, mediaId, at).update();
		}
		else {
			int at = position == null ? count - 1 : Math.min(position, count - 1);
			if (at < current) {
				jdbc.sql("update media_collection_items set position = position + 1 where collection_id = ? and position >= ? and position < ?")
					.params(collectionId, at, current).update();
			}
			else if (at > current) {
				jdbc.sql("update media_collection_items set position = position - 1 where collection_id = ? and position > ? and position <= ?")
					.params(collectionId, current, at).update();
			}
			jdbc.sql("update media_collection_items set position = ? where collection_id = ? and media_id = ?")
				.params(at, collectionId, mediaId).update();
		}
		if (collection.eventId() != null) {
			links.linkEvent(organization, mediaId, collection.eventId());
		}
		if (collection.contactId() != null) {
			links.linkContact(organization, mediaId, collection.contactId());
		}
		touch(collectionId);
	}

	/** Takes the item out of the collection (it stays in the library). */
	public void remove(OrganizationId organization, Actor actor, UUID collectionId, UUID mediaId) {
		transactions.run(organization, actor, () -> {
			lock(organization, collectionId);
			library.load(organization, actor, mediaId, false);
			Integer position = jdbc.sql("delete from media_collection_items where collection_id = ? and media_id = ? returning position")
				.params(collectionId, mediaId).query(Integer.class).optional()
				.orElseThrow(() -> NotFoundException.of("Item in this collection"));
			jdbc.sql("update media_collection_items set position = position - 1 where collection_id = ? and position > ?")
				.params(collectionId, position).update();
			touch(collectionId);
		});
	}

	/** The collection's items the actor may see, in order (at most {@link #MAX_ITEMS}). */
	public List<MediaItem> items(OrganizationId organization, Actor actor, UUID collectionId) {
		return transactions.call(organization, actor, () -> {
			lock(organization, collectionId, false);
			return jdbc.sql("select " + MediaRows.COLUMNS + """
					 from media_collection_items ci join media_items m on m.id = ci.media_id
					where ci.organization_id = ? and ci.collection_id = ?
					  and (m.access_level <> 'PRIVATE' or m.owner_id = ? or ?::uuid is null)
					order by ci.position
					""").params(organization.value(), collectionId, actor.userId(), actor.userId())
				.query(MediaRows.MAPPER).list();
		});
	}

	private record Locked(@Nullable UUID eventId, @Nullable UUID contactId) {
	}

	private Locked lock(OrganizationId organization, UUID collectionId) {
		return lock(organization, collectionId, true);
	}

	private Locked lock(OrganizationId organization, UUID collectionId, boolean forUpdate) {
		return jdbc.sql("select event_id, contact_id from media_collections where organization_id = ? and id = ?"
				+ (forUpdate ? " for update" : ""))
			.params(organization.value(), collectionId)
			.query((rs, n) -> new Locked(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("Collection"));
	}

	private int count(UUID collectionId) {
		return jdbc.sql("select count(*) from media_collection_items where collection_id = ?").param(collectionId)
			.query(Integer.class).single();
	}

	private void touch(UUID collectionId) {
		jdbc.sql("update media_collections set updated_at = now() where id = ?").param(collectionId).update();
	}
}
