package com.growthhub.masterclasses.web;

import java.time.Duration;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import com.growthhub.masterclasses.internal.MasterclassCovers;
import com.growthhub.platform.files.FileContent;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A masterclass's cover image: publicly under the landing page's address for anyone once the class is published, and
 * for staff (drafts included) under the class's page.
 */
@Controller
class MasterclassCoverController {

	/** The address names the file, and a new cover is a new file: a browser or CDN may keep it for good. */
	private static final CacheControl FOR_GOOD = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MasterclassCovers covers;
	private final StoredFiles files;

	MasterclassCoverController(MasterclassCovers covers, StoredFiles files) {
		this.covers = covers;
		this.files = files;
	}

	/** Only the image: no name, no organization, nothing that is not on the landing page already. */
	@GetMapping("/mc/{slug}/cover/{fileId}")
	ResponseEntity<InputStreamResource> publicCover(@PathVariable String slug, @PathVariable UUID fileId) {
		FileContent content = covers.publicCover(slug, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.file().contentType()))
			.contentLength(content.length())
			.cacheControl(FOR_GOOD)
			.header("X-Content-Type-Options", "nosniff")
			// Exactly InputStreamResource: Spring MVC streams it and closes it once written.
			.body(new InputStreamResource(content.stream()));
	}

	@GetMapping("/masterclasses/{id}/cover/{fileId}")
	ResponseEntity<?> staffCover(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID fileId, @RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, covers.staffCover(organization, actor, id, fileId), headers, true);
	}
}
