package com.growthhub.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.files.UploadPolicy;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Takes uploads into the library: each file is streamed into the file store (which decides its type from its bytes
 * and refuses empty, unsupported and over-size files), recorded as {@code processing} and handed to the processing
 * job. Several files in one request are all kept or, if one is refused, none.
 */
@Service
public class MediaUploads {

	private final StoredFiles files;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MediaLibrary library;
	private final CollectionItems collectionItems;
	private final MediaProcessingQueue queue;
	private final UploadPolicy policy;

	MediaUploads(StoredFiles files, JdbcClient jdbc, TenantTransactions transactions, MediaLibrary library,
			CollectionItems collectionItems, MediaProcessingQueue queue, MediaSettings settings) {
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.library = library;
		this.collectionItems = collectionItems;
		this.queue = queue;
		this.policy = UploadPolicy.of("media", settings.maxFileSize(), MediaType.accepted().toArray(String[]::new));
	}

	/** One uploaded file: the name it came with and its bytes, read once. */
	public record Upload(@Nullable String name, InputStreamSource content) {
	}

	/**
	 * Stores the files for the person acting (the items are theirs) with an access level, and adds them at the end of
	 * a collection when one is named. The answer lists the new items in the order given.
	 */
	public List<MediaItem> upload(OrganizationId organization, Actor actor, List<Upload> uploads, AccessLevel access,
			@Nullable UUID collectionId) {
		UUID owner = actor.requireUserId();
		if (collectionId != null) {
			collectionItems.checkCollection(organization, actor, collectionId);
		}
		List<UUID> created = new ArrayList<>();
		try {
			for (Upload upload : uploads) {
				// Streamed before any transaction of ours opens: no connection waits on a slow client.
				StoredFile stored = store(organization, upload);
				UUID id = Ids.next();
				try {
					transactions.run(organization, actor, () -> {
						insert(organization, owner, id, stored, access);
						if (collectionId != null) {
							collectionItems.append(organization, actor, collectionId, id);
						}
					});
				}
				catch (RuntimeException ex) {
					files.delete(organization, stored.id());
					throw ex;
				}
				created.add(id);
			}
		}
		catch (RuntimeException ex) {
			created.forEach(id -> discard(organization, actor, id));
			throw ex;
		}
		created.forEach(id -> queue.enqueue(organization, id));
		return transactions.call(organization, actor,
				() -> created.stream().map(id -> library.load(organization, actor, id, false)).toList());
	}

	private StoredFile store(OrganizationId organization, Upload upload) {
		try (InputStream in = upload.content().getInputStream()) {
			return files.store(organization, in, upload.name(), policy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

	private void insert(OrganizationId organization, UUID owner, UUID id, StoredFile stored, AccessLevel access) {
		jdbc.sql("""
				insert into media_items (id, organization_id, owner_id, name, media_type, content_type, size_bytes,
				    original_file_id, access_level)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(id, organization.value(), owner, displayName(stored.originalName()),
				MediaType.of(stored.contentType()).name(), stored.contentType(), stored.sizeBytes(), stored.id().value(),
				access.name()).update();
	}

	/** The file's own name without any folder, at most 255 characters; "Untitled" when it came without one. */
	static String displayName(@Nullable String original) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return "Untitled";
		}
		return name.length() <= 255 ? name : name.substring(0, 255);
	}

	/** Takes back an item of a refused request: its row and its original. */
	private void discard(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			UUID original = jdbc.sql("delete from media_items where organization_id = ? and id = ? returning original_file_id")
				.params(organization.value(), id)
				.query(UUID.class)
				.optional()
				.orElse(null);
			if (original != null) {
				files.delete(organization, FileId.of(original));
			}
		});
	}
}
