package com.growthhub.masterclasses.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.growthhub.masterclasses.internal.live.ChatMessage;
import com.growthhub.masterclasses.internal.live.LiveChat;
import com.growthhub.masterclasses.internal.live.LiveNotification;
import com.growthhub.masterclasses.internal.live.LiveNotifications;
import com.growthhub.masterclasses.internal.live.LiveRoom;
import com.growthhub.masterclasses.internal.live.LiveRooms;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The replay for the organization's people, opened at a second ({@code ?at=}) by a transcript search hit: the
 * player with the chat and notifications at their media times, as registrants see it.
 */
@Controller
class ReplayController {

	private final LiveRooms rooms;
	private final LiveChat chat;
	private final LiveNotifications notifications;

	ReplayController(LiveRooms rooms, LiveChat chat, LiveNotifications notifications) {
		this.rooms = rooms;
		this.chat = chat;
		this.notifications = notifications;
	}

	record Room(String status, int viewers, int mediaSeconds, List<ChatMessage> chat, List<LiveNotification> notifications) {
	}

	@GetMapping("/masterclasses/{id}/replay")
	String page(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Integer at, Model model, HttpServletResponse response) {
		LiveRoom room = rooms.room(organization, actor, id);
		response.setHeader("Content-Security-Policy", LiveRoomPolicy.forStaff(room));
		model.addAttribute("room", room);
		model.addAttribute("at", at == null ? 0 : Math.max(0, at));
		model.addAttribute("frame", LiveStreamEmbed.frame(room.streamKind(), room.streamUrl()).orElse(null));
		return "masterclasses/replay";
	}

	@GetMapping("/masterclasses/{id}/replay/room")
	@ResponseBody
	Room room(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		LiveRoom room = rooms.room(organization, actor, id);
		LiveRoom asReplay = new LiveRoom(room.organization(), room.masterclassId(), room.slug(), room.title(), "ended",
				room.streamKind(), room.streamUrl(), room.startsAt(), room.endsAt(), room.timeZone(), room.agendaJson(),
				room.liveStartedAt(), room.liveEndedAt(), room.bookingPageId(), room.hostUserId(),
				room.attendanceThresholdMinutes());
		return new Room("ended", 0, 0, chat.replay(room), notifications.forRoom(asReplay));
	}
}
