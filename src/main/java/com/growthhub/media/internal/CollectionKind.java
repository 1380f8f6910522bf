package com.growthhub.media.internal;

import java.util.Locale;

/**
 * What a collection is for. An event's photos belong to one event and a contact's profile pictures to one contact
 * (the first is the profile picture); a snap expires at a chosen time and is then deleted with the items that were
 * only in it.
 */
public enum CollectionKind {

	GENERAL, EVENT_PHOTOS, CONTACT_PROFILE, SNAP;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
