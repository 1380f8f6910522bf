package com.growthhub.media.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.growthhub.media.internal.AccessLevel;
import com.growthhub.media.internal.ItemLinks;
import com.growthhub.media.internal.MediaEditor;
import com.growthhub.media.internal.MediaItem;
import com.growthhub.media.internal.MediaLibrary;
import com.growthhub.media.internal.MediaQuery;
import com.growthhub.media.internal.MediaStatus;
import com.growthhub.media.internal.MediaType;
import com.growthhub.media.internal.MediaUploads;
import com.growthhub.media.internal.MediaUsage;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/media")
@Tag(name = "Media", description = "The media library: uploads processed into thumbnails and web versions, access, links, sharing")
class MediaApiController {

	private final MediaUploads uploads;
	private final MediaLibrary library;
	private final MediaEditor editor;
	private final MediaUsage usage;

	MediaApiController(MediaUploads uploads, MediaLibrary library, MediaEditor editor, MediaUsage usage) {
		this.uploads = uploads;
		this.library = library;
		this.editor = editor;
		this.usage = usage;
	}

	@PostMapping(consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Uploads one or more files (repeat the part 'file'); each starts processing and becomes ready or failed",
			description = "The type is read from the bytes: images (JPEG, PNG, GIF, WebP, TIFF, BMP), videos, audio and "
					+ "documents (PDF, office files, text). Refused with 400 when empty, 415 for another type, 413 over the size "
					+ "limit; then none of the request's files is kept. accessLevel: private, organization (default) or "
					+ "public; collectionId: a collection to add the items to, at its end.")
	MediaResponse.Items upload(OrganizationId organization, Actor actor, @RequestPart("file") List<MultipartFile> file,
			@RequestParam(required = false) @Nullable AccessLevel accessLevel,
			@RequestParam(required = false) @Nullable UUID collectionId) {
		List<MediaUploads.Upload> files = file.stream()
			.map(part -> new MediaUploads.Upload(part.getOriginalFilename(), part))
			.toList();
		List<MediaItem> created = uploads.upload(organization, actor, files,
				accessLevel == null ? AccessLevel.ORGANIZATION : accessLevel, collectionId);
		return new MediaResponse.Items(created.stream().map(item -> MediaResponse.of(item, ItemLinks.NONE, null)).toList());
	}

	@GetMapping
	@Operation(summary = "The library, newest first (in a collection: in its order), keyset-paged",
			description = "Filters: type (image, video, audio, document), q (part of the name), tag, from/to (uploaded at), "
					+ "status, collectionId, eventId, contactId. Private items are listed only for their owner.")
	MediaResponse.Page list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable MediaType type,
			@RequestParam(required = false) @Nullable @Size(max = 100) String q,
			@RequestParam(required = false) @Nullable @Size(max = 40) String tag,
			@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable MediaStatus status,
			@RequestParam(required = false) @Nullable UUID collectionId,
			@RequestParam(required = false) @Nullable UUID eventId, @RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable String cursor, @RequestParam(defaultValue = "50") int limit) {
		MediaQuery query = new MediaQuery(type, q, tag, from, to, status, collectionId, eventId, contactId);
		MediaLibrary.Page page = library.list(organization, actor, query, PageCursor.parse(cursor), limit);
		Map<UUID, ItemLinks> links = library.links(organization, actor, page.items().stream().map(MediaItem::id).toList());
		return new MediaResponse.Page(page.items().stream()
			.map(item -> MediaResponse.of(item, links.getOrDefault(item.id(), ItemLinks.NONE), null)).toList(),
				page.nextCursor());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One item with where it is used (collections, events, contacts, profile pictures)")
	MediaResponse get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return response(organization, actor, library.get(organization, actor, id));
	}

	record UpdateRequest(@Nullable @Size(min = 1, max = 255) String name, @Nullable @Size(max = 20) List<@NotNull String> tags,
			@Nullable AccessLevel accessLevel, @Nullable @Size(max = 50) List<@NotNull UUID> eventIds,
			@Nullable @Size(max = 50) List<@NotNull UUID> contactIds) {
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes name, tags, accessLevel and the events and contacts the item belongs to; absent fields stay",
			description = "eventIds and contactIds replace the item's links ([] removes them all); a newly linked event or contact "
					+ "that is not the organization's answers 404.")
	MediaResponse update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody UpdateRequest body) {
		MediaItem item = editor.update(organization, actor, id, new MediaEditor.Changes(body.name(), body.tags(),
				body.accessLevel(), body.eventIds(), body.contactIds()));
		return response(organization, actor, item);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes the item and its files; one that is used answers 409 with its usage unless force=true")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean force) {
		editor.delete(organization, actor, id, force);
		return ResponseEntity.noContent().build();
	}

	record ShareRequest(@NotNull @Min(1) @Max(168) Integer expiresInHours) {
	}

	record ShareResponse(URI url, Instant expiresAt) {
	}

	@PostMapping("/{id}/share")
	@Operation(summary = "A signed link anybody can open until it expires (1–168 hours); makes the item public",
			description = "The link serves the original without its location. 409 while the item is not ready.")
	ShareResponse share(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ShareRequest body) {
		MediaEditor.ShareLink link = editor.share(organization, actor, id, body.expiresInHours());
		return new ShareResponse(link.url(), link.expiresAt());
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Processes a failed item again; 409 for an item that did not fail")
	MediaResponse retry(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return response(organization, actor, editor.retry(organization, actor, id));
	}

	private MediaResponse response(OrganizationId organization, Actor actor, MediaItem item) {
		ItemLinks links = library.links(organization, actor, List.of(item.id())).getOrDefault(item.id(), ItemLinks.NONE);
		return MediaResponse.of(item, links, usage.of(organization, actor, item.id()));
	}
}
