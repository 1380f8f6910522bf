package com.growthhub.eventplanning.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who to put on an event's list: an existing contact, a member, or a person by name and email (a contact is made). */
public sealed interface NewAttendee {

	record Contact(UUID contactId) implements NewAttendee {
	}

	record Member(UUID userId) implements NewAttendee {
	}

	record Person(String firstName, @Nullable String lastName, String email) implements NewAttendee {
	}
}
