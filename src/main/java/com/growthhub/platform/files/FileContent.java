package com.growthhub.platform.files;

import java.io.InputStream;

/**
 * The bytes of a stored file, or of one byte range of it, to stream out. Close it (the stream holds a file handle or
 * an HTTP connection to the object store).
 */
public interface FileContent extends AutoCloseable {

	StoredFile file();

	/** The bytes from {@link #start()}, {@link #length()} of them. */
	InputStream stream();

	/** How many bytes {@link #stream()} gives: the whole file's size, or the range's. */
	long length();

	/** The offset of the first byte in the file: 0 for the whole file. */
	long start();

	/** Whether this is a range of the file rather than all of it. */
	default boolean partial() {
		return start() != 0 || length() != file().sizeBytes();
	}

	@Override
	void close();
}
