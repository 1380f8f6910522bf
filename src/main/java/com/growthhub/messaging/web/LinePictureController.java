package com.growthhub.messaging.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import com.growthhub.messaging.internal.lines.Lines;
import com.growthhub.platform.files.FileResponses;
import com.growthhub.platform.files.StoredFiles;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * A line's picture for the pages that show the line (a conversation's header): every member sees it, unlike Settings ›
 * Lines, so it is served apart from the admin's pages.
 */
@Controller
class LinePictureController {

	private final Lines lines;
	private final StoredFiles files;

	LinePictureController(Lines lines, StoredFiles files) {
		this.lines = lines;
		this.files = files;
	}

	@GetMapping("/lines/{id}/picture")
	ResponseEntity<?> picture(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestHeader HttpHeaders headers) {
		return FileResponses.serve(files, organization, lines.picture(organization, actor, id), headers, true);
	}
}
