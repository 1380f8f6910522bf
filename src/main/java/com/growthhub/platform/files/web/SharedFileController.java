package com.growthhub.platform.files.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.platform.files.FileId;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.SignedFileLinks;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

/**
 * Public links to files of the local store ({@link SignedFileLinks}): no sign-in, the signature is the permission. A
 * link whose any part was changed answers 404, like a file that does not exist; an intact link past its expiry 410.
 */
@Controller
class SharedFileController {

	private final StoredFiles files;
	private final SignedFileLinks links;

	SharedFileController(StoredFiles files, SignedFileLinks links) {
		this.files = files;
		this.links = links;
	}

	@GetMapping(SignedFileLinks.PATH + "{file}")
	ResponseEntity<?> shared(@PathVariable String file, @RequestParam(defaultValue = "") String org,
			@RequestParam(defaultValue = "-1") String expires, @RequestParam(defaultValue = "") String signature,
			@RequestHeader HttpHeaders headers) {
		UUID fileId = uuid(file);
		UUID organization = uuid(org);
		long expiry = number(expires);
		switch (links.check(organization, fileId, expiry, signature)) {
			case INVALID -> throw new LinkNotFoundException();
			case EXPIRED -> throw new LinkExpiredException();
			case VALID -> {
			}
		}
		return FileResponses.serve(files, OrganizationId.of(organization), FileId.of(fileId), headers, true);
	}

	/** Whoever follows a shared link may be a program: the refusal is problem+json, like the API's. */
	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<ProblemDetail> refused(ErrorResponseException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.headers(ex.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ex.getBody());
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			throw new LinkNotFoundException();
		}
	}

	private static long number(String text) {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new LinkNotFoundException();
		}
	}

	static final class LinkNotFoundException extends ProblemException {
		LinkNotFoundException() {
			super(HttpStatus.NOT_FOUND, "Not found", "This link is not valid.");
		}
	}

	static final class LinkExpiredException extends ProblemException {
		LinkExpiredException() {
			super(HttpStatus.GONE, "Link expired", "This link has expired. Ask whoever shared it for a new one.");
		}
	}
}
