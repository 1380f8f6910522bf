package com.growthhub.media.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * The events and contacts items belong to, as ids: events are other modules' records that this module only names,
 * so a link to an event id is kept whatever becomes of the event. Call inside the organization's transaction.
 */
@Component
class MediaLinks {

	static final int MAX_PER_ITEM = 50;

	private final JdbcClient jdbc;

	MediaLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The links of each of these items; items without any are absent. */
	Map<UUID, ItemLinks> of(OrganizationId organization, Collection<UUID> mediaIds) {
		if (mediaIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, List<UUID>> events = new HashMap<>();
		Map<UUID, List<UUID>> contacts = new HashMap<>();
		jdbc.sql("select media_id, event_id, contact_id from media_links where organization_id = ? and media_id = any(?) "
				+ "order by created_at, id")
			.params(organization.value(), mediaIds.toArray(UUID[]::new))
			.query(rs -> {
				UUID media = rs.getObject(1, UUID.class);
				UUID event = rs.getObject(2, UUID.class);
				if (event != null) {
					events.computeIfAbsent(media, k -> new ArrayList<>()).add(event);
				}
				else {
					contacts.computeIfAbsent(media, k -> new ArrayList<>()).add(rs.getObject(3, UUID.class));
				}
			});
		Map<UUID, ItemLinks> links = new HashMap<>();
		Set<UUID> linked = new LinkedHashSet<>(events.keySet());
		linked.addAll(contacts.keySet());
		linked.forEach(media -> links.put(media,
				new ItemLinks(events.getOrDefault(media, List.of()), contacts.getOrDefault(media, List.of()))));
		return links;
	}

	ItemLinks of(OrganizationId organization, UUID mediaId) {
		return of(organization, List.of(mediaId)).getOrDefault(mediaId, ItemLinks.NONE);
	}

	/** Makes the item's event links exactly {@code eventIds}: adds the new ones, removes the others. */
	void replaceEvents(OrganizationId organization, UUID mediaId, Collection<UUID> eventIds) {
		jdbc.sql("delete from media_links where organization_id = ? and media_id = ? and event_id is not null "
				+ "and event_id <> all(?)").params(organization.value(), mediaId, eventIds.toArray(UUID[]::new)).update();
		eventIds.forEach(event -> linkEvent(organization, mediaId, event));
	}

	void replaceContacts(OrganizationId organization, UUID mediaId, Collection<UUID> contactIds) {
		jdbc.sql("delete from media_links where organization_id = ? and media_id = ? and contact_id is not null "
				+ "and contact_id <> all(?)").params(organization.value(), mediaId, contactIds.toArray(UUID[]::new)).update();
		contactIds.forEach(contact -> linkContact(organization, mediaId, contact));
	}

	void linkEvent(OrganizationId organization, UUID mediaId, UUID eventId) {
		jdbc.sql("""
				insert into media_links (id, organization_id, media_id, event_id) values (?, ?, ?, ?)
				on conflict (organization_id, media_id, event_id) where event_id is not null do nothing
				""").params(Ids.next(), organization.value(), mediaId, eventId).update();
	}

	void linkContact(OrganizationId organization, UUID mediaId, UUID contactId) {
		jdbc.sql("""
				insert into media_links (id, organization_id, media_id, contact_id) values (?, ?, ?, ?)
				on conflict (organization_id, media_id, contact_id) where contact_id is not null do nothing
				""").params(Ids.next(), organization.value(), mediaId, contactId).update();
	}
}
