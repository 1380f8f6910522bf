package com.growthhub.media.web;

import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.media.internal.MediaContent;
import com.growthhub.media.internal.MediaItem;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * An item's bytes, for programs ({@code /api/v1/media/{id}/content}) and for the pages' images and players
 * ({@code /media/{id}/content}), with byte ranges so that videos seek.
 */
@RestController
@Tag(name = "Media", description = "The media library: uploads processed into thumbnails and web versions, access, links, sharing")
class MediaContentApiController {

	private final MediaContent content;

	MediaContentApiController(MediaContent content) {
		this.content = content;
	}

	@GetMapping({ "/api/v1/media/{id}/content", "/media/{id}/content" })
	@Operation(summary = "The item's file: original (without location), web or thumb; Range requests answer 206",
			description = "404 for a size the item does not have (yet): documents have no web version or thumbnail, and "
					+ "neither has an item that is still processing.")
	ResponseEntity<?> content(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "original") MediaItem.Size size, @RequestHeader HttpHeaders headers,
			@RequestParam(defaultValue = "false") boolean download) {
		return content.serve(organization, actor, id, size, headers, !download);
	}
}
