package com.growthhub.masterclasses.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.growthhub.masterclasses.internal.live.Attendee;
import com.growthhub.scheduling.BookingPageId;
import com.growthhub.scheduling.BookingPageLinks;

/** The class's booking page with the registrant's name and email filled in, for "book your call". */
@Component
class BookingLinks {

	private final BookingPageLinks links;

	BookingLinks(BookingPageLinks links) {
		this.links = links;
	}

	Optional<String> forAttendee(Attendee attendee) {
		var room = attendee.room();
		if (room.bookingPageId() == null) {
			return Optional.empty();
		}
		return links.path(room.organization(), BookingPageId.of(room.bookingPageId()))
			.map(path -> path + "?name=" + encode(attendee.name()) + "&email=" + encode(attendee.email()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
