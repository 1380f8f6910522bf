package com.growthhub.media.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The contact's profile picture (the first item of their profile-picture collection) and the media linked to them,
 * on the contact's page and in {@code GET /api/v1/contacts/{id}/related}.
 */
@Component
class ContactMediaSection implements ContactSection {

	static final int LIMIT = 12;

	private final MediaLibrary library;
	private final MediaCollections collections;
	private final CollectionItems items;

	ContactMediaSection(MediaLibrary library, MediaCollections collections, CollectionItems items) {
		this.library = library;
		this.collections = collections;
		this.items = items;
	}

	@Override
	public String key() {
		return "media";
	}

	@Override
	public String titleKey() {
		return "media.contact.title";
	}

	@Override
	public String fragment() {
		return "media/contact-media :: section";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor, ContactId contact) {
		MediaQuery linked = new MediaQuery(null, null, null, null, null, null, null, null, contact.value());
		MediaLibrary.Page page = library.list(organization, actor, linked, null, LIMIT);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("contactId", contact.value());
		model.put("profilePicture", profilePicture(organization, actor, contact.value()));
		model.put("items", page.items().stream().map(MediaThumb::of).toList());
		model.put("more", page.nextCursor() != null);
		return model;
	}

	private @Nullable MediaThumb profilePicture(OrganizationId organization, Actor actor, UUID contact) {
		List<MediaCollection> profile = collections.list(organization, actor, CollectionKind.CONTACT_PROFILE, null, contact);
		if (profile.isEmpty()) {
			return null;
		}
		return items.items(organization, actor, profile.getFirst().id()).stream().findFirst().map(MediaThumb::of).orElse(null);
	}
}
