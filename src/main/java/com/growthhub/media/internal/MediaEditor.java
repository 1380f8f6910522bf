package com.growthhub.media.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/** Changing an item (name, tags, access, events and contacts), sharing it by link, processing it again, deleting it. */
@Service
public class MediaEditor {

	/** A share link lasts at most 7 days (the longest an S3 presigned URL may). */
	static final int MAX_SHARE_HOURS = 7 * 24;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaLibrary library;
	private final MediaLinks links;
	private final MediaUsage usage;
	private final MediaRemoval removal;
	private final ContactDirectory contacts;
	private final EventDirectory eventDirectory;
	private final StoredFiles files;
	private final ServerAddress server;
	private final MediaProcessingQueue queue;
	private final LiveUpdates live;

	MediaEditor(JdbcClient jdbc, TenantTransactions transactions, MediaLibrary library, MediaLinks links,
			MediaUsage usage, MediaRemoval removal, ContactDirectory contacts, StoredFiles files, ServerAddress server,
			MediaProcessingQueue queue, LiveUpdates live, EventDirectory eventDirectory) {
		this.eventDirectory = eventDirectory;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.library = library;
		this.links = links;
		this.usage = usage;
		this.removal = removal;
		this.contacts = contacts;
		this.files = files;
		this.server = server;
		this.queue = queue;
		this.live = live;
	}

	/** What to change; null leaves a value as it is, an empty list removes all tags, events or contacts. */
	public record Changes(@Nullable String name, @Nullable List<String> tags, @Nullable AccessLevel accessLevel,
			@Nullable List<UUID> eventIds, @Nullable List<UUID> contactIds) {
	}

	public MediaItem update(OrganizationId organization, Actor actor, UUID id, Changes changes) {
		String name = changes.name() == null ? null : name(changes.name());
		List<String> tags = changes.tags() == null ? null : tags(changes.tags());
		Set<UUID> events = changes.eventIds() == null ? null : limited("eventIds", changes.eventIds());
		Set<UUID> contactIds = changes.contactIds() == null ? null : limited("contactIds", changes.contactIds());
		if (contactIds != null && !contactIds.isEmpty()) {
			int known = contacts.names(organization, actor, contactIds.stream().map(ContactId::of).toList()).size();
			if (known != contactIds.size()) {
				throw NotFoundException.of("Contact");
			}
		}
		return transactions.call(organization, actor, () -> {
			library.load(organization, actor, id, true);
			jdbc.sql("""
					update media_items set name = coalesce(?, name), tags = coalesce(?, tags), access_level = coalesce(?, access_level),
					    updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(name, tags == null ? null : tags.toArray(String[]::new),
					changes.accessLevel() == null ? null : changes.accessLevel().name(), organization.value(), id).update();
			if (events != null) {
				Set<UUID> added = new LinkedHashSet<>(events);
				added.removeAll(links.of(organization, id).eventIds());
				if (eventDirectory.names(organization, added).size() != added.size()) {
					throw NotFoundException.of("Event");
				}
				links.replaceEvents(organization, id, events);
			}
			if (contactIds != null) {
				links.replaceContacts(organization, id, contactIds);
			}
			return library.load(organization, actor, id, false);
		});
	}

	/**
	 * Deletes the item with its files. An item that is used somewhere is deleted only with {@code force}; otherwise the
	 * answer is 409 listing where it is used, so that a person is asked first.
	 */
	public void delete(OrganizationId organization, Actor actor, UUID id, boolean force) {
		transactions.run(organization, actor, () -> {
			library.load(organization, actor, id, true);
			MediaUsage.Usage used = usage.read(organization, actor, id);
			if (used.used() && !force) {
				throw MediaConflictException.inUse(used);
			}
			removal.delete(organization, id);
		});
	}

	public record ShareLink(URI url, Instant expiresAt) {
	}

	/**
	 * A signed link to the item's original (without location) that anybody can open until it expires. Sharing makes
	 * the item public; a link stays valid until it expires even if the item is made private again.
	 */
	public ShareLink share(OrganizationId organization, Actor actor, UUID id, int expiresInHours) {
		if (expiresInHours < 1 || expiresInHours > MAX_SHARE_HOURS) {
			throw MediaInputException.field("expiresInHours", "must be between 1 and " + MAX_SHARE_HOURS);
		}
		Duration lifetime = Duration.ofHours(expiresInHours);
		return transactions.call(organization, actor, () -> {
			MediaItem item = library.load(organization, actor, id, true);
			if (item.status() != MediaStatus.READY) {
				throw MediaConflictException.notReady();
			}
			if (item.accessLevel() != AccessLevel.PUBLIC) {
				jdbc.sql("update media_items set access_level = 'PUBLIC', updated_at = now(), version = version + 1 "
						+ "where organization_id = ? and id = ?").params(organization.value(), id).update();
			}
			URI link = files.shareLink(organization, FileId.of(item.originalFileId()), lifetime);
			return new ShareLink(link.isAbsolute() ? link : URI.create(server.baseUrl() + link), Instant.now().plus(lifetime));
		});
	}

	/** Processes a failed item again. */
	public MediaItem retry(OrganizationId organization, Actor actor, UUID id) {
		MediaItem item = transactions.call(organization, actor, () -> {
			MediaItem current = library.load(organization, actor, id, true);
			if (!current.status().canMoveTo(MediaStatus.PROCESSING)) {
				throw MediaConflictException.transition(current.status(), MediaStatus.PROCESSING);
			}
			jdbc.sql("update media_items set status = 'PROCESSING', failure_reason = null, updated_at = now(), "
					+ "version = version + 1 where organization_id = ? and id = ?").params(organization.value(), id).update();
			live.publish(MediaTopics.of(organization), "status", MediaTopics.status(id, MediaStatus.PROCESSING));
			return library.load(organization, actor, id, false);
		});
		queue.enqueue(organization, id);
		return item;
	}

	private static String name(String name) {
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > 255) {
			throw MediaInputException.field("name", "must be 1 to 255 characters");
		}
		return clean;
	}

	private static List<String> tags(List<String> tags) {
		List<String> clean = MediaTags.clean(tags);
		if (clean.size() > MediaTags.MAX) {
			throw MediaInputException.field("tags", "at most " + MediaTags.MAX + " tags");
		}
		if (clean.stream().anyMatch(tag -> tag.length() > MediaTags.MAX_LENGTH)) {
			throw MediaInputException.field("tags", "each tag at most " + MediaTags.MAX_LENGTH + " characters");
		}
		return clean;
	}

	private static Set<UUID> limited(String field, List<UUID> ids) {
		Set<UUID> distinct = new LinkedHashSet<>(ids);
		if (distinct.size() > MediaLinks.MAX_PER_ITEM) {
			throw MediaInputException.field(field, "at most " + MediaLinks.MAX_PER_ITEM);
		}
		return distinct;
	}
}
