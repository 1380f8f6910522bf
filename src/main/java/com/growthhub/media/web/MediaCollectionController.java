package com.growthhub.media.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.media.internal.CollectionItems;
import com.growthhub.media.internal.CollectionKind;
import com.growthhub.media.internal.MediaCollection;
import com.growthhub.media.internal.MediaCollections;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * The collections pages: the list with the create form, and one collection in its order. Dragging a card
 * (js/media/collection.js with SortableJS) and the Earlier/Later buttons (plain forms, for the keyboard) make the
 * same move.
 */
@Controller
class MediaCollectionController {

	private final MediaCollections collections;
	private final CollectionItems items;
	private final ContactDirectory contacts;
	private final EventDirectory events;

	MediaCollectionController(MediaCollections collections, CollectionItems items, ContactDirectory contacts,
			EventDirectory events) {
		this.events = events;
		this.collections = collections;
		this.items = items;
		this.contacts = contacts;
	}

	@GetMapping("/media/collections")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("collections", collections.list(organization, actor, null, null, null));
		model.addAttribute("kinds", CollectionKind.values());
		model.addAttribute("eventChoices", events.choices(organization));
		return "media/collections";
	}

	@PostMapping("/media/collections")
	String create(OrganizationId organization, Actor actor, @RequestParam String name, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String eventId, @RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable Integer expiresInHours, RedirectAttributes redirect) {
		CollectionKind chosen = EnumKeys.find(CollectionKind.class, kind);
		if (chosen == null) {
			RefusedAction.flash(redirect, "media.collections.kindMissing");
			return "redirect:/media/collections";
		}
		UUID event;
		try {
			event = chosen != CollectionKind.EVENT_PHOTOS || eventId == null || eventId.isBlank() ? null
					: UUID.fromString(eventId.strip());
		}
		catch (IllegalArgumentException ex) {
			RefusedAction.flash(redirect, "media.events.invalid");
			return "redirect:/media/collections";
		}
		try {
			MediaCollection created = collections.create(organization, actor, new MediaCollections.NewCollection(name, chosen,
					event, chosen == CollectionKind.CONTACT_PROFILE ? contactId : null,
					chosen == CollectionKind.SNAP ? expiresInHours : null));
			redirect.addFlashAttribute("notice", "media.collections.created");
			return "redirect:/media/collections/" + created.id();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/media/collections";
		}
	}

	@GetMapping("/media/collections/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		MediaCollection collection = collections.get(organization, actor, id);
		model.addAttribute("collection", collection);
		model.addAttribute("items", items.items(organization, actor, id));
		model.addAttribute("contactName", collection.contactId() == null ? null
				: contacts.names(organization, actor, java.util.List.of(ContactId.of(collection.contactId())))
					.get(ContactId.of(collection.contactId())));
		return "media/collection";
	}

	@PostMapping("/media/collections/{id}")
	String rename(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(required = false) @Nullable Integer expiresInHours, RedirectAttributes redirect) {
		return act(id, redirect, "media.saved", () -> collections.update(organization, actor, id, name, expiresInHours));
	}

	/** A keyboard move (the Earlier/Later buttons): a form post that comes back to the page. */
	@PostMapping("/media/collections/{id}/move")
	String move(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID mediaId,
			@RequestParam int position, RedirectAttributes redirect) {
		redirect.addFlashAttribute("focusItem", mediaId);
		return act(id, redirect, null, () -> items.put(organization, actor, id, mediaId, Math.max(0, position)));
	}

	/** A drag and drop: answered without a page, 204 or the refusal's status. */
	@PostMapping("/media/collections/{id}/order")
	@ResponseBody
	ResponseEntity<Void> order(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID mediaId,
			@RequestParam int position) {
		items.put(organization, actor, id, mediaId, Math.max(0, position));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/media/collections/{id}/remove")
	String remove(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID mediaId,
			RedirectAttributes redirect) {
		return act(id, redirect, "media.collections.removed", () -> items.remove(organization, actor, id, mediaId));
	}

	@PostMapping("/media/collections/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			collections.delete(organization, actor, id);
			redirect.addFlashAttribute("notice", "media.collections.deleted");
			return "redirect:/media/collections";
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/media/collections/" + id;
		}
	}

	private static String act(UUID id, RedirectAttributes redirect, @Nullable String notice, Runnable action) {
		try {
			action.run();
			if (notice != null) {
				redirect.addFlashAttribute("notice", notice);
			}
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/media/collections/" + id;
	}
}
