package com.growthhub.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * {@link StoredFiles} on the {@link FileStore} and two tables. The bytes are written first, outside any transaction
 * of ours, and the row and the usage in one short transaction after; whatever fails after the bytes are written
 * removes them again, so a refused or rolled-back upload leaves nothing behind.
 */
@Service
class OrganizationFiles implements StoredFiles {

	private static final Logger log = LoggerFactory.getLogger(OrganizationFiles.class);

	static final Duration LONGEST_LINK = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final FileStore store;
	private final ContentTypeDetector types;
	private final SignedFileLinks links;
	private final StorageSettings settings;

	OrganizationFiles(JdbcClient jdbc, TenantTransactions transactions, FileStore store, ContentTypeDetector types,
			SignedFileLinks links, StorageSettings settings) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.store = store;
		this.types = types;
		this.links = links;
		this.settings = settings;
	}

	@Override
	public StoredFile store(OrganizationId organization, InputStream content, @Nullable String originalName,
			UploadPolicy policy) {
		byte[] head = new byte[ContentTypeDetector.HEAD_BYTES];
		int length = fill(content, head);
		if (length == 0) {
			throw new EmptyFileException();
		}
		String type = types.detect(head, length);
		if (!policy.allows(type)) {
			throw new UnsupportedFileTypeException(type, policy.allowedTypes());
		}
		StorageUsage usage = usage(organization);
		long policyLimit = policy.maxSize().toBytes();
		long limit = Math.min(policyLimit, usage.remainingBytes());
		InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head, 0, length), content);
		try {
			return keep(organization, whole, type, FileNames.clean(originalName, type), policy.purpose(), limit, true);
		}
		catch (FileStore.LimitExceededException ex) {
			throw limit == policyLimit ? new FileTooLargeException(policy.maxSize()) : new StorageQuotaExceededException(usage);
		}
	}

	@Override
	public StoredFile storeDerived(OrganizationId organization, InputStream content, String contentType, String name) {
		return keep(organization, content, contentType, FileNames.clean(name, contentType), "derived", Long.MAX_VALUE, false);
	}

	private StoredFile keep(OrganizationId organization, InputStream content, String type, String name, String purpose,
			long limit, boolean refuseOverQuota) {
		FileId id = FileId.of(Ids.next());
		String key = organization.value() + "/" + id.value();
		long size = store.put(key, content, limit, type);
		try {
			StoredFile file = transactions.call(scope(organization), () -> {
				reserve(organization, size, refuseOverQuota);
				Instant created = jdbc.sql("""
						insert into stored_files (id, organization_id, purpose, content_type, size_bytes, original_name,
						  storage_key, derived)
						values (?, ?, ?, ?, ?, ?, ?, ?) returning created_at
						""").params(id.value(), organization.value(), purpose, type, size, name, key, !refuseOverQuota)
					.query((rs, n) -> rs.getTimestamp(1).toInstant()).single();
				return new StoredFile(id, type, size, name, created);
			});
			removeIfRolledBack(key);
			return file;
		}
		catch (RuntimeException ex) {
			deleteQuietly(key);
			throw ex;
		}
	}

	/** Adds {@code size} to the organization's usage; refuses to pass the quota when asked to (the row lock orders uploads). */
	private void reserve(OrganizationId organization, long size, boolean refuseOverQuota) {
		long quota = settings.quota().toBytes();
		if (refuseOverQuota && size > quota) {
			throw new StorageQuotaExceededException(usage(organization));
		}
		int changed = jdbc.sql("""
				insert into file_storage_usage (organization_id, used_bytes) values (:org, :size)
				on conflict (organization_id) do update set used_bytes = file_storage_usage.used_bytes + excluded.used_bytes
				where not :refuse or file_storage_usage.used_bytes + excluded.used_bytes <= :quota
				""").param("org", organization.value()).param("size", size).param("refuse", refuseOverQuota)
			.param("quota", quota).update();
		if (changed == 0) {
			throw new StorageQuotaExceededException(usage(organization));
		}
	}

	/** Stored inside a caller's transaction: that transaction's rollback takes the row back, and this the bytes. */
	private void removeIfRolledBack(String key) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(key);
					}
				}
			});
		}
	}

	@Override
	public Optional<StoredFile> find(OrganizationId organization, FileId id) {
		return row(organization, id).map(Row::file);
	}

	private Optional<Row> row(OrganizationId organization, FileId id) {
		return transactions.call(scope(organization), () -> jdbc.sql("""
				select id, content_type, size_bytes, original_name, created_at, storage_key from stored_files
				where organization_id = ? and id = ?
				""").params(organization.value(), id.value()).query(OrganizationFiles::mapRow).optional());
	}

	@Override
	public FileContent open(OrganizationId organization, FileId id, @Nullable HttpRange range) {
		Row row = row(organization, id).orElseThrow(FileNotFoundException::new);
		long size = row.file().sizeBytes();
		long start = 0;
		long length = size;
		if (range != null) {
			try {
				start = range.getRangeStart(size);
				length = range.getRangeEnd(size) - start + 1;
			}
			catch (IllegalArgumentException ex) {
				throw new RangeNotSatisfiableException(size);
			}
			if (start >= size || length <= 0) {
				throw new RangeNotSatisfiableException(size);
			}
		}
		return new StoredFileContent(row.file(), store.get(row.key(), start, length), start, length);
	}

	@Override
	public void delete(OrganizationId organization, FileId id) {
		transactions.run(scope(organization), () -> {
			record Deleted(String key, long size) {
			}
			Optional<Deleted> deleted = jdbc.sql("""
					delete from stored_files where organization_id = ? and id = ? returning storage_key, size_bytes
					""").params(organization.value(), id.value()).query((rs, n) -> new Deleted(rs.getString(1), rs.getLong(2)))
				.optional();
			deleted.ifPresent(file -> {
				jdbc.sql("update file_storage_usage set used_bytes = greatest(0, used_bytes - ?) where organization_id = ?")
					.params(file.size(), organization.value()).update();
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						deleteQuietly(file.key());
					}
				});
			});
		});
	}

	@Override
	public URI shareLink(OrganizationId organization, FileId id, Duration expiresIn) {
		if (expiresIn.isNegative() || expiresIn.isZero() || expiresIn.compareTo(LONGEST_LINK) > 0) {
			throw new IllegalArgumentException("A shared link lasts more than nothing and at most 7 days: " + expiresIn);
		}
		Row row = row(organization, id).orElseThrow(FileNotFoundException::new);
		return store.presignedUrl(row.key(), expiresIn, row.file().contentType(), row.file().originalName())
			.orElseGet(() -> links.link(organization, id, Instant.now().plus(expiresIn)));
	}

	@Override
	public StorageUsage usage(OrganizationId organization) {
		long used = transactions.call(scope(organization), () -> jdbc
			.sql("select used_bytes from file_storage_usage where organization_id = ?")
			.param(organization.value())
			.query(Long.class)
			.optional()
			.orElse(0L));
		return new StorageUsage(used, settings.quota().toBytes());
	}

	private record Row(StoredFile file, String key) {
	}

	private static Row mapRow(ResultSet rs, int n) throws SQLException {
		return new Row(new StoredFile(FileId.of(rs.getObject(1, UUID.class)), rs.getString(2), rs.getLong(3), rs.getString(4),
				rs.getTimestamp(5).toInstant()), rs.getString(6));
	}

	/** The file store keeps no tenant: this scope only reaches the rows, and joins the caller's open transaction. */
	private static TenantScope scope(OrganizationId organization) {
		return TenantScope.organization(organization, new Actor.Job("files"));
	}

	private void deleteQuietly(String key) {
		try {
			store.delete(key);
		}
		catch (RuntimeException ex) {
			log.warn("Could not remove the stored bytes of {}; they are no longer referenced", key, ex);
		}
	}

	/** Reads until the buffer is full or the stream ends; answers how many bytes it holds. */
	private static int fill(InputStream content, byte[] buffer) {
		try {
			return content.readNBytes(buffer, 0, buffer.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload", ex);
		}
	}

	private record StoredFileContent(StoredFile file, InputStream stream, long start, long length) implements FileContent {

		@Override
		public void close() {
			try {
				stream.close();
			}
			catch (IOException ex) {
				// nothing more is read from it either way
			}
		}
	}
}
