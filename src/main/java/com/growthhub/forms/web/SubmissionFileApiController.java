package com.growthhub.forms.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.forms.internal.FormSubmissions;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The files people sent with submissions, for those who may see the form's submissions. Always served as an
 * attachment: a file from the public is never rendered inline on GrowthHub's own origin.
 */
@RestController
@Tag(name = "Forms")
class SubmissionFileApiController {

	private final FormSubmissions submissions;
	private final StoredFiles files;

	SubmissionFileApiController(FormSubmissions submissions, StoredFiles files) {
		this.submissions = submissions;
		this.files = files;
	}

	@GetMapping("/api/v1/forms/submissions/{id}/files/{fileId}")
	@Operation(summary = "A file sent with a submission (the fileId is in the submission's files); ranges and ETag; "
			+ "404 when the file is not one of this submission's")
	ResponseEntity<?> file(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID fileId,
			@RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, submissions.file(organization, actor, id, fileId), headers, false);
	}

	@GetMapping("/settings/forms/submissions/{id}/files/{fileId}")
	ResponseEntity<?> fileInBrowser(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID fileId, @RequestHeader HttpHeaders headers) {
		return file(organization, actor, id, fileId, headers);
	}
}
