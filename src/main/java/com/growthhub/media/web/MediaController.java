package com.growthhub.media.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.media.internal.AccessLevel;
import com.growthhub.media.internal.CollectionItems;
import com.growthhub.media.internal.MediaCollections;
import com.growthhub.media.internal.MediaItem;
import com.growthhub.media.internal.MediaLibrary;
import com.growthhub.media.internal.MediaTopics;
import com.growthhub.media.internal.MediaUploads;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The library page: filters, grid or list, uploads with progress (js/media/library.js sends each file on its own and
 * inserts the card this answers), cards that follow their item's status live, and adding a selection to a collection.
 */
@Controller
class MediaController {

	static final int PAGE = 48;

	private final MediaLibrary library;
	private final MediaUploads uploads;
	private final MediaCollections collections;
	private final CollectionItems collectionItems;
	private final OrganizationPreferences preferences;
	private final LiveUpdates live;

	MediaController(MediaLibrary library, MediaUploads uploads, MediaCollections collections,
			CollectionItems collectionItems, OrganizationPreferences preferences, LiveUpdates live) {
		this.library = library;
		this.uploads = uploads;
		this.collections = collections;
		this.collectionItems = collectionItems;
		this.preferences = preferences;
		this.live = live;
	}

	@GetMapping("/media")
	String library(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type, @RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String view, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable UUID uploadTo, Model model) {
		MediaFilters filters = MediaFilters.of(q, type, tag, from, to, view);
		MediaLibrary.Page page = library.list(organization, actor, filters.toQuery(preferences.timeZone(organization)),
				PageCursor.parse(cursor), PAGE);
		model.addAttribute("page", page);
		model.addAttribute("filters", filters);
		model.addAttribute("types", com.growthhub.media.internal.MediaType.values());
		model.addAttribute("accessLevels", AccessLevel.values());
		model.addAttribute("collections", collections.list(organization, actor, null, null, null));
		// An event's gallery sends people here to upload straight into its photo collection.
		model.addAttribute("uploadTo", uploadTo);
		return "media/library";
	}

	/** One card (or list row), for the live refresh of an item whose status changed. */
	@GetMapping("/media/{id}/card")
	String card(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "grid") String view, Model model) {
		model.addAttribute("item", library.get(organization, actor, id));
		return "list".equals(view) ? "media/cards :: row" : "media/cards :: card";
	}

	/** The upload of one or more files from the page: the new cards, or the refusal as a short text with its status. */
	@PostMapping("/media/upload")
	String upload(OrganizationId organization, Actor actor, @RequestParam("file") List<MultipartFile> file,
			@RequestParam(defaultValue = "organization") String accessLevel,
			@RequestParam(required = false) @Nullable UUID collectionId, @RequestParam(defaultValue = "grid") String view,
			Model model, HttpServletResponse response) {
		AccessLevel access = com.growthhub.platform.web.EnumKeys.find(AccessLevel.class, accessLevel);
		try {
			List<MediaItem> created = uploads.upload(organization, actor, file.stream()
				.map(part -> new MediaUploads.Upload(part.getOriginalFilename(), part)).toList(),
					access == null ? AccessLevel.ORGANIZATION : access, collectionId);
			model.addAttribute("items", created);
			return "list".equals(view) ? "media/cards :: rows" : "media/cards :: cards";
		}
		catch (ErrorResponseException ex) {
			response.setStatus(ex.getStatusCode().value());
			model.addAttribute("refusal", RefusedAction.detail(ex));
			return "media/cards :: refused";
		}
	}

	@PostMapping("/media/add-to-collection")
	String addToCollection(OrganizationId organization, Actor actor, @RequestParam UUID collectionId,
			@RequestParam(name = "ids", required = false) @Nullable List<UUID> ids, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			RefusedAction.flash(redirect, "media.bulk.none");
			return "redirect:/media";
		}
		try {
			for (UUID id : ids) {
				collectionItems.put(organization, actor, collectionId, id, null);
			}
			redirect.addFlashAttribute("notice", "media.bulk.added");
			redirect.addFlashAttribute("noticeArgs", new Object[] { ids.size() });
			return "redirect:/media/collections/" + collectionId;
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/media";
		}
	}

	@GetMapping(path = "/media/stream", produces = "text/event-stream")
	@ResponseBody
	SseEmitter stream(OrganizationId organization) {
		return live.subscribe(MediaTopics.of(organization));
	}
}
