package com.growthhub.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Files in a bucket of any S3-compatible store (AWS S3, MinIO, Ceph, R2, …). An upload is sent in parts of
 * {@link #PART_SIZE} as it arrives (a multipart upload), so memory holds one part at a time whatever the file's size;
 * a file smaller than one part goes in a single request. Passing the caller's limit aborts the multipart upload, which
 * removes its parts.
 */
final class S3FileStore implements FileStore {

	/** Every part but the last must be at least 5 MiB (S3's rule). */
	static final int PART_SIZE = 8 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(S3FileStore.class);

	private final S3Client client;
	private final S3Presigner presigner;
	private final String bucket;

	S3FileStore(S3Client client, S3Presigner presigner, String bucket) {
		this.client = client;
		this.presigner = presigner;
		this.bucket = bucket;
	}

	/** Creates the bucket when it does not exist yet; a store that refuses (no right to) is told in the log. */
	void ensureBucket() {
		try {
			client.headBucket(request -> request.bucket(bucket));
		}
		catch (NoSuchBucketException ex) {
			createBucket();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404) {
				throw ex;
			}
			createBucket();
		}
	}

	private void createBucket() {
		try {
			client.createBucket(request -> request.bucket(bucket));
			log.info("Created the file storage bucket {}", bucket);
		}
		catch (S3Exception ex) {
			log.warn("The file storage bucket {} does not exist and could not be created: {}", bucket,
					ex.awsErrorDetails() == null ? ex.getMessage() : ex.awsErrorDetails().errorMessage());
		}
	}

	@Override
	public long put(String key, InputStream content, long maxBytes, String contentType) {
		byte[] part = new byte[PART_SIZE];
		try {
			int filled = fill(content, part);
			if (filled < PART_SIZE) {
				checkLimit(filled, maxBytes);
				client.putObject(request -> request.bucket(bucket).key(key).contentType(contentType),
						RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, filled), filled));
				return filled;
			}
			return putInParts(key, content, maxBytes, contentType, part);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the upload for " + key, ex);
		}
	}

	private long putInParts(String key, InputStream content, long maxBytes, String contentType, byte[] part)
			throws IOException {
		String uploadId = client.createMultipartUpload(request -> request.bucket(bucket).key(key).contentType(contentType))
			.uploadId();
		try {
			List<CompletedPart> parts = new ArrayList<>();
			long total = 0;
			int filled = PART_SIZE;
			while (filled > 0) {
				total += filled;
				checkLimit(total, maxBytes);
				int number = parts.size() + 1;
				int length = filled;
				String etag = client.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId)
					.partNumber(number).contentLength((long) length),
						RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, length), length)).eTag();
				parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
				filled = fill(content, part);
			}
			client.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
				.multipartUpload(upload -> upload.parts(parts)));
			return total;
		}
		catch (RuntimeException | IOException ex) {
			abortQuietly(key, uploadId);
			throw ex;
		}
	}

	private static void checkLimit(long bytes, long maxBytes) {
		if (bytes > maxBytes) {
			throw new LimitExceededException(maxBytes);
		}
	}

	/** Reads until the buffer is full or the stream ends; answers how many bytes it holds. */
	private static int fill(InputStream content, byte[] buffer) throws IOException {
		int filled = 0;
		while (filled < buffer.length) {
			int n = content.read(buffer, filled, buffer.length - filled);
			if (n < 0) {
				break;
			}
			filled += n;
		}
		return filled;
	}

	private void abortQuietly(String key, String uploadId) {
		try {
			client.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
		}
		catch (RuntimeException ex) {
			log.warn("Could not abort the multipart upload of {}; the bucket's lifecycle rules will remove its parts", key);
		}
	}

	@Override
	public InputStream get(String key, long start, long length) {
		if (length == 0) {
			return InputStream.nullInputStream();
		}
		try {
			return client.getObject(GetObjectRequest.builder().bucket(bucket).key(key)
				.range("bytes=" + start + "-" + (start + length - 1)).build());
		}
		catch (NoSuchKeyException ex) {
			throw new FileNotFoundException();
		}
	}

	@Override
	public void delete(String key) {
		client.deleteObject(request -> request.bucket(bucket).key(key));
	}

	@Override
	public boolean exists(String key) {
		try {
			client.headObject(request -> request.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw ex;
		}
	}

	@Override
	public Optional<URI> presignedUrl(String key, Duration expiresIn, String contentType, String fileName) {
		String disposition = ContentDisposition.inline().filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
			.build().toString();
		try {
			return Optional.of(presigner.presignGetObject(presign -> presign.signatureDuration(expiresIn)
				.getObjectRequest(get -> get.bucket(bucket).key(key).responseContentType(contentType)
					.responseContentDisposition(disposition)))
				.url()
				.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("The object store made an unusable URL", ex);
		}
	}
}
