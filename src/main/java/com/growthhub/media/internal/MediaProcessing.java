package com.growthhub.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.StoredFile;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The processing job of one item: copies the upload to a work directory, makes its renditions, stores them and moves
 * the item from {@code processing} to {@code ready}, or to {@code failed} with a reason a person can read. Runs again
 * harmlessly: an item that is no longer processing is left alone, and files made for an item deleted meanwhile are
 * deleted too.
 */
@Service
public class MediaProcessing {

	private static final Logger log = LoggerFactory.getLogger(MediaProcessing.class);

	static final Actor JOB = new Actor.Job("media-processing");

	private final StoredFiles files;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Renderers renderers;
	private final LiveUpdates live;
	private final MediaProcessingQueue queue;

	MediaProcessing(StoredFiles files, JdbcClient jdbc, TenantTransactions transactions, Renderers renderers,
			LiveUpdates live, MediaProcessingQueue queue) {
		this.files = files;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.renderers = renderers;
		this.live = live;
		this.queue = queue;
	}

	record Pending(MediaType type, String contentType, String name, UUID originalFileId) {
	}

	void process(MediaProcessingQueue.Work work) {
		OrganizationId organization = work.organization();
		UUID id = work.mediaId();
		Optional<Pending> pending = transactions.call(organization, JOB, () -> jdbc.sql("""
				select media_type, content_type, name, original_file_id from media_items
				where organization_id = ? and id = ? and status = 'PROCESSING'
				""").params(organization.value(), id).query((rs, n) -> new Pending(MediaType.valueOf(rs.getString(1)),
				rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class))).optional());
		if (pending.isEmpty()) {
			return;
		}
		List<FileId> made = new ArrayList<>();
		Path dir = null;
		try {
			dir = Files.createTempDirectory("growthhub-media-");
			Path upload = dir.resolve("upload");
			try (FileContent content = files.open(organization, FileId.of(pending.get().originalFileId()), null);
					InputStream in = content.stream()) {
				Files.copy(in, upload);
			}
			Processed processed = renderers.render(pending.get().type(), pending.get().contentType(), upload, dir);
			Stored stored = store(organization, pending.get().name(), processed, made);
			if (!ready(organization, id, pending.get(), processed, stored)) {
				made.forEach(file -> files.delete(organization, file));
			}
		}
		catch (UnreadableMediaException ex) {
			failed(organization, id, ex.getMessage(), made);
		}
		catch (IOException | RuntimeException ex) {
			// Retrying on a schedule would not mend a missing or unreadable file: the person sees it failed and may try again.
			log.warn("Processing media {} failed", id, ex);
			failed(organization, id, "The file could not be processed. Try again later.", made);
		}
		finally {
			deleteTree(dir);
		}
	}

	private record Stored(@Nullable StoredFile web, @Nullable StoredFile thumb, @Nullable StoredFile original) {
	}

	private Stored store(OrganizationId organization, String name, Processed processed, List<FileId> made)
			throws IOException {
		String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		return new Stored(derived(organization, processed.web(), base + "-web", made),
				derived(organization, processed.thumb(), base + "-thumb", made),
				derived(organization, processed.original(), base, made));
	}

	private @Nullable StoredFile derived(OrganizationId organization, @Nullable Rendition rendition, String name,
			List<FileId> made) throws IOException {
		if (rendition == null) {
			return null;
		}
		try (InputStream in = Files.newInputStream(rendition.file())) {
			StoredFile stored = files.storeDerived(organization, in, rendition.contentType(), name + "." + rendition.extension());
			made.add(stored.id());
			return stored;
		}
	}

	/** Marks the item ready if it is still processing; answers false when it was deleted or moved on meanwhile. */
	private boolean ready(OrganizationId organization, UUID id, Pending pending, Processed processed, Stored stored) {
		return transactions.call(organization, JOB, () -> {
			int updated = jdbc.sql("""
					update media_items set status = 'READY', failure_reason = null, web_file_id = ?, thumb_file_id = ?,
					    width = ?, height = ?, duration_ms = ?, original_file_id = coalesce(?, original_file_id),
					    content_type = coalesce(?, content_type), size_bytes = coalesce(?, size_bytes),
					    updated_at = now(), version = version + 1
					where organization_id = ? and id = ? and status = 'PROCESSING'
					""").params(fileId(stored.web()), fileId(stored.thumb()), processed.width(), processed.height(),
					processed.durationMs(), fileId(stored.original()),
					stored.original() == null ? null : stored.original().contentType(),
					stored.original() == null ? null : stored.original().sizeBytes(), organization.value(), id).update();
			if (updated == 0) {
				return false;
			}
			if (stored.original() != null) {
				// The upload still says where it was taken: only the copy without location is kept.
				files.delete(organization, FileId.of(pending.originalFileId()));
			}
			live.publish(MediaTopics.of(organization), "status", MediaTopics.status(id, MediaStatus.READY));
			return true;
		});
	}

	private void failed(OrganizationId organization, UUID id, String reason, List<FileId> made) {
		transactions.run(organization, JOB, () -> {
			int updated = jdbc.sql("""
					update media_items set status = 'FAILED', failure_reason = ?, updated_at = now(), version = version + 1
					where organization_id = ? and id = ? and status = 'PROCESSING'
					""").params(reason, organization.value(), id).update();
			made.forEach(file -> files.delete(organization, file));
			if (updated > 0) {
				live.publish(MediaTopics.of(organization), "status", MediaTopics.status(id, MediaStatus.FAILED));
			}
		});
	}

	/** Queues again the items of every organization that have been processing longer than {@code after}. */
	void requeueStale(Duration after) {
		record Stale(UUID organizationId, UUID id) {
		}
		List<Stale> stale = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select organization_id, id from media_items where status = 'PROCESSING' and updated_at < ? limit 1000
				""").param(java.sql.Timestamp.from(Instant.now().minus(after))).query(Stale.class).list());
		stale.forEach(item -> queue.enqueue(OrganizationId.of(item.organizationId()), item.id()));
	}

	private static @Nullable UUID fileId(@Nullable StoredFile file) {
		return file == null ? null : file.id().value();
	}

	private static void deleteTree(@Nullable Path dir) {
		if (dir == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			log.warn("Could not delete the work directory {}", dir, ex);
		}
	}
}
