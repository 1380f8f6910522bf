package com.growthhub.media.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.media.internal.CollectionItems;
import com.growthhub.media.internal.CollectionKind;
import com.growthhub.media.internal.ItemLinks;
import com.growthhub.media.internal.MediaCollection;
import com.growthhub.media.internal.MediaCollections;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/media/collections")
@Tag(name = "Media collections", description = "Ordered collections: general, event photos, contact profile pictures, expiring snaps")
class MediaCollectionApiController {

	private final MediaCollections collections;
	private final CollectionItems items;

	MediaCollectionApiController(MediaCollections collections, CollectionItems items) {
		this.collections = collections;
		this.items = items;
	}

	record CollectionList(List<MediaCollection> items) {
	}

	record CreateRequest(@NotBlank @Size(max = 120) String name, @NotNull CollectionKind kind, @Nullable UUID eventId,
			@Nullable UUID contactId, @Nullable Integer expiresInHours) {
	}

	record UpdateRequest(@Nullable @Size(min = 1, max = 120) String name, @Nullable Integer expiresInHours) {
	}

	record ItemRequest(@NotNull UUID mediaId, @Nullable @Min(0) Integer position) {
	}

	@GetMapping
	@Operation(summary = "The organization's collections, newest first (up to 500); filter by kind, eventId or contactId")
	CollectionList list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable CollectionKind kind,
			@RequestParam(required = false) @Nullable UUID eventId, @RequestParam(required = false) @Nullable UUID contactId) {
		return new CollectionList(collections.list(organization, actor, kind, eventId, contactId));
	}

	@PostMapping
	@Operation(summary = "Creates a collection: event_photos needs eventId, contact_profile contactId (one per contact), "
			+ "snap expiresInHours (1–720); it is deleted with its items when it expires")
	ResponseEntity<MediaCollection> create(OrganizationId organization, Actor actor, @Valid @RequestBody CreateRequest body) {
		MediaCollection created = collections.create(organization, actor, new MediaCollections.NewCollection(body.name(),
				body.kind(), body.eventId(), body.contactId(), body.expiresInHours()));
		return ResponseEntity.created(URI.create("/api/v1/media/collections/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One collection with its item count")
	MediaCollection get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return collections.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Renames a collection; for a snap, expiresInHours sets its end again from now")
	MediaCollection update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody UpdateRequest body) {
		return collections.update(organization, actor, id, body.name(), body.expiresInHours());
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a collection; its items stay in the library")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		collections.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/items")
	@Operation(summary = "The collection's items in order (at most 1,000, in one page)")
	MediaResponse.Items items(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return respond(items.items(organization, actor, id));
	}

	@PostMapping("/{id}/items")
	@Operation(summary = "Puts an item at a position (0 is first; absent or past the end is last), or moves it there",
			description = "Answers the collection's items in their new order. In an event's photos or a contact's profile "
					+ "pictures the item is also linked to that event or contact.")
	MediaResponse.Items put(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @RequestBody ItemRequest body) {
		return respond(items.put(organization, actor, id, body.mediaId(), body.position()));
	}

	@DeleteMapping("/{id}/items/{mediaId}")
	@Operation(summary = "Takes an item out of the collection; it stays in the library")
	ResponseEntity<Void> remove(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID mediaId) {
		items.remove(organization, actor, id, mediaId);
		return ResponseEntity.noContent().build();
	}

	private static MediaResponse.Items respond(List<com.growthhub.media.internal.MediaItem> list) {
		return new MediaResponse.Items(list.stream().map(item -> MediaResponse.of(item, ItemLinks.NONE, null)).toList());
	}
}
