package com.growthhub.platform.files;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRange;

import com.growthhub.shared.OrganizationId;

/**
 * Organization-aware file storage: metadata rows in {@code stored_files} (row-level security), bytes in the
 * {@link FileStore}. Files belong to the organization; the module that keeps a {@link FileId} decides who may read it.
 * <p>
 * Storing streams a whole upload: call it before opening a transaction of your own, so that no database connection
 * waits on a slow client. Called inside a transaction anyway, the file is removed again if that transaction rolls back.
 */
public interface StoredFiles {

	/**
	 * Streams {@code content} into the store, never whole in memory. Decides the type from the first bytes and refuses:
	 * empty → {@link EmptyFileException} (400); type not allowed → {@link UnsupportedFileTypeException} (415); more than
	 * {@code policy.maxSize()} → {@link FileTooLargeException} (413, detected while streaming, nothing kept); over the
	 * organization's storage quota → {@link StorageQuotaExceededException} (413). All are answered as problem+json.
	 * The caller closes {@code content}.
	 */
	StoredFile store(OrganizationId organization, InputStream content, @Nullable String originalName, UploadPolicy policy);

	/**
	 * For files the application makes itself (thumbnails, web-sized versions, posters): no type check; counted in the
	 * organization's usage, but not refused at the quota, since they belong to an upload that was accepted.
	 */
	StoredFile storeDerived(OrganizationId organization, InputStream content, String contentType, String name);

	Optional<StoredFile> find(OrganizationId organization, FileId id);

	/**
	 * The whole file ({@code range} null), or a byte range of it (HTTP Range semantics). {@link FileNotFoundException}
	 * (404) when it is missing or another organization's; {@link RangeNotSatisfiableException} (416) for a range
	 * outside the file.
	 */
	FileContent open(OrganizationId organization, FileId id, @Nullable HttpRange range);

	/** Removes the row now and, once the transaction commits, the bytes. Deleting a missing file is not an error. */
	void delete(OrganizationId organization, FileId id);

	/**
	 * A public, signed URL that serves the file inline until {@code expiresIn} has passed: an absolute path on this
	 * application for the local store, a presigned URL of the object store for S3. At most 7 days (S3's own limit).
	 * {@link FileNotFoundException} (404) when the file is missing or another organization's.
	 */
	URI shareLink(OrganizationId organization, FileId id, Duration expiresIn);

	/** Bytes used and the quota. */
	StorageUsage usage(OrganizationId organization);
}
