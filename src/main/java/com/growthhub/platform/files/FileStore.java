package com.growthhub.platform.files;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where the bytes of stored files live, under keys the application chooses. Two adapters: a folder on local disk
 * (the default, {@code GROWTHHUB_DATA_DIR/files}) and any S3-compatible object store ({@code GROWTHHUB_STORAGE_S3_*}).
 * Nothing here knows organizations or types beyond what it is handed; {@link StoredFiles} is the API modules use.
 */
public interface FileStore {

	/**
	 * Streams {@code content} to {@code key}, holding at most a bounded buffer in memory. More than {@code maxBytes}
	 * bytes throw {@link LimitExceededException} as soon as the limit is passed, and nothing is kept under the key.
	 * Answers the number of bytes written.
	 */
	long put(String key, InputStream content, long maxBytes, String contentType);

	/** {@code length} bytes from {@code start}; {@link FileNotFoundException} when the key holds nothing. */
	InputStream get(String key, long start, long length);

	/** Removes the key; a missing key is not an error. */
	void delete(String key);

	boolean exists(String key);

	/**
	 * A URL of the store itself that serves the key for a while without credentials (an S3 presigned URL), or empty
	 * when the store cannot make one and the application serves the file itself through a signed link.
	 */
	Optional<URI> presignedUrl(String key, Duration expiresIn, String contentType, String fileName);

	/** More bytes arrived than the caller allowed; nothing was kept. */
	final class LimitExceededException extends RuntimeException {

		private final long maxBytes;

		public LimitExceededException(long maxBytes) {
			super("More than " + maxBytes + " bytes");
			this.maxBytes = maxBytes;
		}

		public long maxBytes() {
			return maxBytes;
		}
	}
}
