package com.growthhub.platform.files;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.growthhub.shared.OrganizationId;

/**
 * Serves a stored file from a controller: one byte range when asked ({@code Range}, honouring {@code If-Range}; 206
 * with {@code Content-Range}, 416 outside the file), {@code ETag} and {@code Last-Modified} with 304 answers (a stored
 * file never changes), {@code Content-Disposition} with the original name, and {@code nosniff}. Types a browser could
 * run as a page (HTML, SVG, XML) get a sandboxing Content-Security-Policy. The controller decides who may read the file
 * before calling this.
 */
public final class FileResponses {

	private static final Set<String> SAFE_TO_SHOW = Set.of("application/pdf");

	private FileResponses() {
	}

	/**
	 * @param request the request's headers (a {@code @RequestHeader HttpHeaders} parameter)
	 * @param inline shown in the browser ({@code true}) or downloaded as an attachment
	 */
	public static ResponseEntity<?> serve(StoredFiles files, OrganizationId organization, FileId id, HttpHeaders request,
			boolean inline) {
		StoredFile file = files.find(organization, id).orElseThrow(FileNotFoundException::new);
		String etag = "\"" + id.value() + "\"";
		Instant modified = file.createdAt().truncatedTo(ChronoUnit.SECONDS);
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(etag);
		headers.setLastModified(modified);
		headers.setCacheControl(CacheControl.noCache().cachePrivate());
		if (notModified(request, etag, modified)) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		FileContent content = files.open(organization, id, range(request, etag));
		headers.setContentType(mediaType(file.contentType()));
		headers.setContentLength(content.length());
		headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
		headers.set("X-Content-Type-Options", "nosniff");
		headers.setContentDisposition((inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.originalName(), StandardCharsets.UTF_8).build());
		if (!safeToShow(file.contentType())) {
			headers.set("Content-Security-Policy", "sandbox; default-src 'none'");
		}
		HttpStatus status = HttpStatus.OK;
		if (content.partial()) {
			status = HttpStatus.PARTIAL_CONTENT;
			headers.set(HttpHeaders.CONTENT_RANGE,
					"bytes " + content.start() + "-" + (content.start() + content.length() - 1) + "/" + file.sizeBytes());
		}
		// Exactly InputStreamResource: Spring MVC then neither reads it for a length nor slices ranges of its own,
		// and closes it once written.
		return new ResponseEntity<>(new InputStreamResource(content.stream()), headers, status);
	}

	/** Images, audio, video and PDFs are shown as they are; anything else might be a page that runs scripts. */
	static boolean safeToShow(String contentType) {
		boolean media = contentType.startsWith("image/") || contentType.startsWith("audio/")
				|| contentType.startsWith("video/");
		return (media && !contentType.contains("svg")) || SAFE_TO_SHOW.contains(contentType);
	}

	private static boolean notModified(HttpHeaders request, String etag, Instant modified) {
		List<String> matches = request.getIfNoneMatch();
		if (!matches.isEmpty()) {
			return matches.stream().anyMatch(match -> match.equals("*") || match.equals(etag) || match.equals("W/" + etag));
		}
		long since = request.getIfModifiedSince();
		return since >= 0 && !modified.isAfter(Instant.ofEpochMilli(since));
	}

	/**
	 * The one range asked for, or null for the whole file: when there is none, when several are asked for (a server may
	 * answer those with the whole file), when the header cannot be read, or when {@code If-Range} names another version.
	 */
	private static @Nullable HttpRange range(HttpHeaders request, String etag) {
		String ifRange = request.getFirst(HttpHeaders.IF_RANGE);
		if (ifRange != null && !ifRange.equals(etag)) {
			return null;
		}
		try {
			List<HttpRange> ranges = request.getRange();
			return ranges.size() == 1 ? ranges.getFirst() : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static MediaType mediaType(String contentType) {
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (IllegalArgumentException ex) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}
}
