package com.growthhub.media.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.eventplanning.EventId;
import com.growthhub.eventplanning.EventSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The event's gallery on its page: the newest media linked to the event (photos put in its photo collection are
 * linked too) and its photo collections, to open or upload into.
 */
@Component
class EventGallerySection implements EventSection {

	static final int LIMIT = 12;

	private final MediaLibrary library;
	private final MediaCollections collections;

	EventGallerySection(MediaLibrary library, MediaCollections collections) {
		this.library = library;
		this.collections = collections;
	}

	@Override
	public String key() {
		return "gallery";
	}

	@Override
	public String titleKey() {
		return "media.event.title";
	}

	@Override
	public String fragment() {
		return "media/event-gallery :: section";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor, EventId event) {
		MediaQuery linked = new MediaQuery(null, null, null, null, null, null, null, event.value(), null);
		MediaLibrary.Page page = library.list(organization, actor, linked, null, LIMIT);
		List<MediaCollection> photos = collections.list(organization, actor, CollectionKind.EVENT_PHOTOS, event.value(), null);
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("items", page.items().stream().map(MediaThumb::of).toList());
		model.put("more", page.nextCursor() != null);
		model.put("collections", photos.stream().map(c -> Map.of("id", c.id(), "name", c.name())).toList());
		return model;
	}
}
