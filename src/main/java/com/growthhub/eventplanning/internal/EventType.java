package com.growthhub.eventplanning.internal;

import java.util.Locale;

/** What kind of event it is. */
public enum EventType {

	CONFERENCE, MEETUP, WORKSHOP, WEBINAR, DINNER, OTHER;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static EventType fromKey(String key) {
		return valueOf(key.strip().toUpperCase(Locale.ROOT));
	}
}
