package com.growthhub.media.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Creating, renaming and deleting collections. Deleting a collection keeps its items in the library; only a snap's
 * expiry ({@link SnapExpiry}) takes its items with it.
 */
@Service
public class MediaCollections {

	/** A snap lives at most 30 days. */
	static final int MAX_SNAP_HOURS = 30 * 24;

	private static final String COLUMNS = """
			c.id, c.name, c.kind, c.event_id, c.contact_id, c.expires_at, c.created_by, c.created_at, c.updated_at,
			(select count(*) from media_collection_items ci where ci.collection_id = c.id) as item_count,
			(select ci.media_id from media_collection_items ci join media_items m on m.id = ci.media_id
			  where ci.collection_id = c.id and m.thumb_file_id is not null
			  and (m.access_level <> 'PRIVATE' or m.owner_id = ? or ?::uuid is null)
			  order by ci.position limit 1) as cover_id""";

	private static final RowMapper<MediaCollection> MAPPER = (rs, n) -> new MediaCollection(rs.getObject("id", UUID.class),
			rs.getString("name"), CollectionKind.valueOf(rs.getString("kind")), rs.getObject("event_id", UUID.class),
			rs.getObject("contact_id", UUID.class),
			rs.getTimestamp("expires_at") == null ? null : rs.getTimestamp("expires_at").toInstant(),
			rs.getObject("created_by", UUID.class), rs.getInt("item_count"), rs.getObject("cover_id", UUID.class),
			rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactDirectory contacts;
	private final EventDirectory events;

	MediaCollections(JdbcClient jdbc, TenantTransactions transactions, ContactDirectory contacts, EventDirectory events) {
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.contacts = contacts;
	}

	/** What a new collection is: an event's photos name the event, a contact's profile the contact, a snap its life. */
	public record NewCollection(String name, CollectionKind kind, @Nullable UUID eventId, @Nullable UUID contactId,
			@Nullable Integer expiresInHours) {
	}

	public MediaCollection create(OrganizationId organization, Actor actor, NewCollection request) {
		UUID creator = actor.requireUserId();
		String name = name(request.name());
		requireOnlyFor(request.kind() == CollectionKind.EVENT_PHOTOS, request.eventId(), "eventId", "event_photos");
		requireOnlyFor(request.kind() == CollectionKind.CONTACT_PROFILE, request.contactId(), "contactId",
				"contact_profile");
		requireOnlyFor(request.kind() == CollectionKind.SNAP, request.expiresInHours(), "expiresInHours", "snap");
		Instant expiresAt = request.expiresInHours() == null ? null : expiry(request.expiresInHours());
		if (request.contactId() != null) {
			contacts.nameOf(organization, actor, ContactId.of(request.contactId()));
		}
		if (request.eventId() != null && events.names(organization, List.of(request.eventId())).isEmpty()) {
			throw NotFoundException.of("Event");
		}
		UUID id = Ids.next();
		try {
			return transactions.call(organization, actor, () -> {
				jdbc.sql("""
						insert into media_collections (id, organization_id, name, kind, event_id, contact_id, expires_at, created_by)
						values (?, ?, ?, ?, ?, ?, ?, ?)
						""").params(id, organization.value(), name, request.kind().name(), request.eventId(),
						request.contactId(), expiresAt == null ? null : java.sql.Timestamp.from(expiresAt), creator).update();
				return load(organization, actor, id);
			});
		}
		catch (DuplicateKeyException ex) {
			throw MediaConflictException.profileExists();
		}
	}

	public MediaCollection get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> load(organization, actor, id));
	}

	MediaCollection load(OrganizationId organization, Actor actor, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from media_collections c where c.organization_id = ? and c.id = ?")
			.params(actor.userId(), actor.userId(), organization.value(), id)
			.query(MAPPER)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Collection"));
	}

	/** The organization's collections, newest first; at most 500 (a bounded list, answered in one page). */
	public List<MediaCollection> list(OrganizationId organization, Actor actor, @Nullable CollectionKind kind,
			@Nullable UUID eventId, @Nullable UUID contactId) {
		return transactions.call(organization, actor, () -> {
			StringBuilder sql = new StringBuilder("select " + COLUMNS + " from media_collections c where c.organization_id = ?");
			List<Object> params = new ArrayList<>();
			params.add(actor.userId());
			params.add(actor.userId());
			params.add(organization.value());
			if (kind != null) {
				sql.append(" and c.kind = ?");
				params.add(kind.name());
			}
			if (eventId != null) {
				sql.append(" and c.event_id = ?");
				params.add(eventId);
			}
			if (contactId != null) {
				sql.append(" and c.contact_id = ?");
				params.add(contactId);
			}
			sql.append(" order by c.created_at desc, c.id desc limit 500");
			return jdbc.sql(sql.toString()).params(params).query(MAPPER).list();
		});
	}

	/** Renames a collection and, for a snap, sets how long it lives from now; absent values stay. */
	public MediaCollection update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable Integer expiresInHours) {
		String newName = name == null ? null : name(name);
		Instant expiresAt = expiresInHours == null ? null : expiry(expiresInHours);
		return transactions.call(organization, actor, () -> {
			MediaCollection collection = load(organization, actor, id);
			if (expiresAt != null && collection.kind() != CollectionKind.SNAP) {
				throw MediaInputException.field("expiresInHours", "only a snap expires");
			}
			jdbc.sql("""
					update media_collections set name = coalesce(?, name), expires_at = coalesce(?, expires_at),
					    updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(newName, expiresAt == null ? null : java.sql.Timestamp.from(expiresAt), organization.value(), id)
				.update();
			return load(organization, actor, id);
		});
	}

	/** Deletes the collection; its items stay in the library. */
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			if (jdbc.sql("delete from media_collections where organization_id = ? and id = ?")
				.params(organization.value(), id).update() == 0) {
				throw NotFoundException.of("Collection");
			}
		});
	}

	private static String name(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > 120) {
			throw MediaInputException.field("name", "must be 1 to 120 characters");
		}
		return clean;
	}

	private static Instant expiry(int hours) {
		if (hours < 1 || hours > MAX_SNAP_HOURS) {
			throw MediaInputException.field("expiresInHours", "must be between 1 and " + MAX_SNAP_HOURS);
		}
		return Instant.now().plus(Duration.ofHours(hours));
	}

	private static void requireOnlyFor(boolean kindNeedsIt, @Nullable Object value, String field, String kind) {
		if (kindNeedsIt && value == null) {
			throw MediaInputException.field(field, "is required for a " + kind + " collection");
		}
		if (!kindNeedsIt && value != null) {
			throw MediaInputException.field(field, "is only for a " + kind + " collection");
		}
	}
}
