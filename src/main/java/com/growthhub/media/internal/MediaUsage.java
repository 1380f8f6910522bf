package com.growthhub.media.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** "Where used": the collections, events and contacts an item belongs to, and whose profile picture it is. */
@Service
public class MediaUsage {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaLibrary library;
	private final MediaLinks links;
	private final ContactDirectory contacts;

	MediaUsage(JdbcClient jdbc, TenantTransactions transactions, MediaLibrary library, MediaLinks links,
			ContactDirectory contacts) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.library = library;
		this.links = links;
		this.contacts = contacts;
	}

	public record CollectionRef(UUID id, String name, CollectionKind kind) {
	}

	/** A contact by name; {@code name} is null for one the person may not see (or that is gone). */
	public record ContactRef(UUID id, @org.jspecify.annotations.Nullable String name) {
	}

	public record Usage(List<CollectionRef> collections, List<UUID> eventIds, List<ContactRef> contacts,
			List<ContactRef> profilePictureOf) {

		public boolean used() {
			return !collections.isEmpty() || !eventIds.isEmpty() || !contacts.isEmpty() || !profilePictureOf.isEmpty();
		}

		/** "2 collections, 1 event and 1 contact". */
		public String summary() {
			List<String> parts = new ArrayList<>();
			count(parts, collections.size(), "collection");
			count(parts, eventIds.size(), "event");
			count(parts, contacts.size(), "contact");
			count(parts, profilePictureOf.size(), "profile picture");
			if (parts.size() <= 1) {
				return parts.isEmpty() ? "nothing" : parts.getFirst();
			}
			return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
		}

		private static void count(List<String> parts, int count, String noun) {
			if (count > 0) {
				parts.add(count + " " + noun + (count == 1 ? "" : "s"));
			}
		}
	}

	public Usage of(OrganizationId organization, Actor actor, UUID mediaId) {
		return transactions.call(organization, actor, () -> {
			library.load(organization, actor, mediaId, false);
			return read(organization, actor, mediaId);
		});
	}

	/** Call inside the organization's transaction, for an item the actor may see. */
	Usage read(OrganizationId organization, Actor actor, UUID mediaId) {
		List<CollectionRef> collections = new ArrayList<>();
		List<UUID> profileContacts = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.name, c.kind, c.contact_id, ci.position from media_collection_items ci
				join media_collections c on c.id = ci.collection_id
				where ci.organization_id = ? and ci.media_id = ? order by c.name, c.id
				""").params(organization.value(), mediaId).query(rs -> {
					CollectionKind kind = CollectionKind.valueOf(rs.getString(3));
					collections.add(new CollectionRef(rs.getObject(1, UUID.class), rs.getString(2), kind));
					if (kind == CollectionKind.CONTACT_PROFILE && rs.getInt(5) == 0) {
						profileContacts.add(rs.getObject(4, UUID.class));
					}
				});
		ItemLinks linked = links.of(organization, mediaId);
		List<UUID> contactIds = new ArrayList<>(linked.contactIds());
		contactIds.addAll(profileContacts);
		Map<ContactId, String> names = contactIds.isEmpty() ? Map.of()
				: contacts.names(organization, actor, contactIds.stream().map(ContactId::of).toList());
		return new Usage(collections, linked.eventIds(), refs(linked.contactIds(), names), refs(profileContacts, names));
	}

	private static List<ContactRef> refs(List<UUID> ids, Map<ContactId, String> names) {
		return ids.stream().map(id -> new ContactRef(id, names.get(ContactId.of(id)))).toList();
	}
}
