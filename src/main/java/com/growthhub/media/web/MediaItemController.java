package com.growthhub.media.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.identity.Members;
import com.growthhub.media.internal.AccessLevel;
import com.growthhub.media.internal.CollectionItems;
import com.growthhub.media.internal.ItemLinks;
import com.growthhub.media.internal.MediaCollections;
import com.growthhub.media.internal.MediaEditor;
import com.growthhub.media.internal.MediaItem;
import com.growthhub.media.internal.MediaLibrary;
import com.growthhub.media.internal.MediaUsage;
import com.growthhub.media.internal.ProfilePictures;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.EnumKeys;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * An item's page: preview, details, where it is used, and its actions (edit, share, collections, events, contacts,
 * profile picture, try again, delete). Deleting an item that is used shows where first and asks again.
 */
@Controller
class MediaItemController {

	private final MediaLibrary library;
	private final MediaEditor editor;
	private final MediaUsage usage;
	private final MediaCollections collections;
	private final CollectionItems collectionItems;
	private final ProfilePictures profilePictures;
	private final Members members;
	private final EventDirectory events;

	MediaItemController(MediaLibrary library, MediaEditor editor, MediaUsage usage, MediaCollections collections,
			CollectionItems collectionItems, ProfilePictures profilePictures, Members members, EventDirectory events) {
		this.events = events;
		this.library = library;
		this.editor = editor;
		this.usage = usage;
		this.collections = collections;
		this.collectionItems = collectionItems;
		this.profilePictures = profilePictures;
		this.members = members;
	}

	@GetMapping("/media/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmDelete, Model model) {
		MediaItem item = library.get(organization, actor, id);
		model.addAttribute("item", item);
		MediaUsage.Usage used = usage.of(organization, actor, id);
		ItemLinks links = library.links(organization, actor, List.of(id)).getOrDefault(id, ItemLinks.NONE);
		model.addAttribute("usage", used);
		model.addAttribute("links", links);
		Set<UUID> linkedEvents = new LinkedHashSet<>(links.eventIds());
		linkedEvents.addAll(used.eventIds());
		model.addAttribute("eventNames", events.names(organization, linkedEvents));
		model.addAttribute("eventChoices", events.choices(organization).stream()
			.filter(choice -> !linkedEvents.contains(choice.id())).toList());
		model.addAttribute("collections", collections.list(organization, actor, null, null, null));
		model.addAttribute("accessLevels", AccessLevel.values());
		model.addAttribute("confirmDelete", confirmDelete);
		model.addAttribute("ownerName", members.find(organization, item.ownerId()).map(Members.Member::name).orElse("—"));
		return "media/detail";
	}

	@PostMapping("/media/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(defaultValue = "") String tags, @RequestParam String accessLevel, RedirectAttributes redirect) {
		return act(id, redirect, "media.saved", () -> editor.update(organization, actor, id, new MediaEditor.Changes(name,
				List.of(tags.split(",")), EnumKeys.find(AccessLevel.class, accessLevel), null, null)));
	}

	@PostMapping("/media/{id}/share")
	String share(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam int expiresInHours,
			RedirectAttributes redirect) {
		return act(id, redirect, null, () -> {
			MediaEditor.ShareLink link = editor.share(organization, actor, id, expiresInHours);
			redirect.addFlashAttribute("shareUrl", link.url().toString());
			redirect.addFlashAttribute("shareExpiresAt", link.expiresAt());
		});
	}

	@PostMapping("/media/{id}/collections")
	String addToCollection(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam UUID collectionId,
			RedirectAttributes redirect) {
		return act(id, redirect, "media.addedToCollection",
				() -> collectionItems.put(organization, actor, collectionId, id, null));
	}

	@PostMapping("/media/{id}/events")
	String linkEvent(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String add, @RequestParam(required = false) @Nullable UUID remove,
			RedirectAttributes redirect) {
		UUID event;
		try {
			event = add == null || add.isBlank() ? null : UUID.fromString(add.strip());
		}
		catch (IllegalArgumentException ex) {
			RefusedAction.flash(redirect, "media.events.invalid");
			return "redirect:/media/" + id;
		}
		return act(id, redirect, "media.saved", () -> {
			ItemLinks links = links(organization, actor, id);
			editor.update(organization, actor, id, new MediaEditor.Changes(null, null, null,
					changed(links.eventIds(), event, remove), null));
		});
	}

	@PostMapping("/media/{id}/contacts")
	String linkContact(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID contactId, @RequestParam(required = false) @Nullable UUID remove,
			RedirectAttributes redirect) {
		return act(id, redirect, "media.saved", () -> {
			ItemLinks links = links(organization, actor, id);
			editor.update(organization, actor, id, new MediaEditor.Changes(null, null, null, null,
					changed(links.contactIds(), contactId, remove)));
		});
	}

	@PostMapping("/media/{id}/profile-picture")
	String profilePicture(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID contactId, RedirectAttributes redirect) {
		if (contactId == null) {
			RefusedAction.flash(redirect, "contacts.picker.required");
			return "redirect:/media/" + id;
		}
		return act(id, redirect, "media.profileSet", () -> profilePictures.set(organization, actor, contactId, id));
	}

	@PostMapping("/media/{id}/retry")
	String retry(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "media.retrying", () -> editor.retry(organization, actor, id));
	}

	/** Without {@code force}, a used item is not deleted: its page shows where it is used and asks again. */
	@PostMapping("/media/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean force, RedirectAttributes redirect) {
		if (!force && usage.of(organization, actor, id).used()) {
			return "redirect:/media/" + id + "?confirmDelete=true";
		}
		try {
			editor.delete(organization, actor, id, true);
			redirect.addFlashAttribute("notice", "media.deleted");
			return "redirect:/media";
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/media/" + id;
		}
	}

	private ItemLinks links(OrganizationId organization, Actor actor, UUID id) {
		return library.links(organization, actor, List.of(id)).getOrDefault(id, ItemLinks.NONE);
	}

	private static List<UUID> changed(List<UUID> current, @Nullable UUID add, @Nullable UUID remove) {
		List<UUID> ids = new ArrayList<>(current);
		if (add != null && !ids.contains(add)) {
			ids.add(add);
		}
		if (remove != null) {
			ids.remove(remove);
		}
		return ids;
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
		return "redirect:/media/" + id;
	}
}
