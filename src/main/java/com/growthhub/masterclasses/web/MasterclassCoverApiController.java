package com.growthhub.masterclasses.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.masterclasses.internal.MasterclassCovers;
import com.growthhub.masterclasses.internal.MasterclassView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/masterclasses/{id}/cover")
@Tag(name = "Masterclasses")
class MasterclassCoverApiController {

	private final MasterclassCovers covers;

	MasterclassCoverApiController(MasterclassCovers covers) {
		this.covers = covers;
	}

	@PutMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Uploads the cover image (part file: PNG, JPEG or WebP, type read from the bytes, at most 5 MB; "
			+ "415 for another type, 413 when larger); replaces the previous cover; answers the masterclass, whose "
			+ "coverUrl is the image's public address on the landing page",
			description = "Managers, admins, owners and the class's host.")
	MasterclassView change(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return covers.change(organization, actor, id, content, file.getOriginalFilename());
		}
	}

	@DeleteMapping
	@Operation(summary = "Removes the cover image; answers the masterclass")
	MasterclassView remove(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return covers.remove(organization, actor, id);
	}
}
