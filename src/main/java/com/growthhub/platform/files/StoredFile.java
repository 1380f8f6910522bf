package com.growthhub.platform.files;

import java.time.Instant;

/**
 * A stored file's metadata. {@code contentType} is the type decided from the bytes (Apache Tika's magic numbers),
 * never the name's extension or the uploader's header; {@code originalName} is the name it was uploaded with, for
 * downloads only.
 */
public record StoredFile(FileId id, String contentType, long sizeBytes, String originalName, Instant createdAt) {
}
