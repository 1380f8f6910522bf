package com.growthhub.masterclasses.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.masterclasses.internal.live.Attendee;
import com.growthhub.masterclasses.internal.live.LiveRoom;
import com.growthhub.masterclasses.internal.live.LiveRooms;
import com.growthhub.platform.web.NotFoundException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registrant's room at their personal join link: the waiting room before the start, the player with chat and
 * notifications while live, the replay after the end. The page's behaviour is in masterclasses-live.js.
 */
@Controller
class LiveRoomController {

	private static final TypeReference<List<AgendaItem>> AGENDA = new TypeReference<>() {
	};

	private final LiveRooms rooms;
	private final BookingLinks bookingLinks;
	private final JsonMapper json;

	LiveRoomController(LiveRooms rooms, BookingLinks bookingLinks, JsonMapper json) {
		this.rooms = rooms;
		this.bookingLinks = bookingLinks;
		this.json = json;
	}

	record AgendaItem(int minute, String title) {
	}

	@GetMapping("/mc/{slug}/live")
	String room(@PathVariable String slug, @RequestParam(name = "join", required = false) @Nullable String join,
			Model model, HttpServletResponse response) {
		if (join == null) {
			throw NotFoundException.of("The join link");
		}
		Attendee attendee = rooms.attendee(slug, join);
		LiveRoom room = attendee.room();
		response.setHeader("Content-Security-Policy", LiveRoomPolicy.of(room));
		model.addAttribute("room", room);
		model.addAttribute("attendee", attendee);
		model.addAttribute("joinToken", join);
		model.addAttribute("agenda", agenda(room));
		model.addAttribute("frame", LiveStreamEmbed.frame(room.streamKind(), room.streamUrl()).orElse(null));
		model.addAttribute("bookUrl", bookingLinks.forAttendee(attendee).orElse(null));
		return "masterclasses/live";
	}

	List<AgendaItem> agenda(LiveRoom room) {
		try {
			return json.readValue(room.agendaJson(), AGENDA);
		}
		catch (RuntimeException ex) {
			return List.of();
		}
	}
}
