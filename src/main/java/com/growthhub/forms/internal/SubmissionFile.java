package com.growthhub.forms.internal;

import java.util.UUID;

/**
 * A file sent with a submission, kept in the file store. The answer of its field is the file's name; this says where
 * the bytes are and what they turned out to be.
 *
 * @param contentType as decided from the bytes
 * @param sha256 of the bytes, so that a resend with the same idempotency key is recognized as the same submission
 */
public record SubmissionFile(String field, UUID fileId, String name, String contentType, long sizeBytes, String sha256) {
}
