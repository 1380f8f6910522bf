package com.growthhub.media.internal;

import java.util.UUID;

/** An item as another module's page shows it in a grid of thumbnails (a contact's media, an event's gallery). */
record MediaThumb(UUID id, String name, String type, boolean hasThumb) {

	static MediaThumb of(MediaItem item) {
		return new MediaThumb(item.id(), item.name(), item.type().key(), item.hasThumb());
	}
}
