package com.growthhub.eventplanning.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The fields of an agenda item as they will be stored; blank speaker and room mean none. */
public record AgendaDraft(String title, @Nullable String speaker, @Nullable String room, Instant startsAt,
		Instant endsAt, @Nullable Integer position) {

	public AgendaDraft {
		title = title.strip();
		speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
		room = room == null || room.isBlank() ? null : room.strip();
	}

	/** 400 for a field out of its limits, 422 for a time outside the event's. */
	void checkWithin(EventView event) {
		if (title.isEmpty() || title.length() > 200) {
			throw EventInputException.field("title", "must be 1 to 200 characters");
		}
		if (speaker != null && speaker.length() > 200) {
			throw EventInputException.field("speaker", "must be at most 200 characters");
		}
		if (room != null && room.length() > 100) {
			throw EventInputException.field("room", "must be at most 100 characters");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw EventInputException.field("endsAt", "must be after startsAt");
		}
		if (startsAt.isBefore(event.startsAt())) {
			throw EventInputException.unusable("startsAt", "must not be before the event starts (" + event.startsAt() + ")");
		}
		if (endsAt.isAfter(event.endsAt())) {
			throw EventInputException.unusable("endsAt", "must not be after the event ends (" + event.endsAt() + ")");
		}
	}
}
