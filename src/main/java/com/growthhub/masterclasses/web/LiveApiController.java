package com.growthhub.masterclasses.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.masterclasses.internal.live.Attendee;
import com.growthhub.masterclasses.internal.live.ChatMessage;
import com.growthhub.masterclasses.internal.live.LiveChat;
import com.growthhub.masterclasses.internal.live.LiveNotification;
import com.growthhub.masterclasses.internal.live.LiveNotifications;
import com.growthhub.masterclasses.internal.live.LiveRooms;
import com.growthhub.masterclasses.internal.live.RoomStreams;
import com.growthhub.masterclasses.internal.live.ViewerSessions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The live room's public API: the join token in the path is the credential (no account, no cookie). */
@RestController
@RequestMapping("/api/v1/public/live/{joinToken}")
@Tag(name = "Masterclass live room (public)", description = "What a registrant's room does with their join token: "
		+ "the event stream, chat, heartbeats and clicks on the host's offers")
class LiveApiController {

	private final LiveRooms rooms;
	private final LiveChat chat;
	private final LiveNotifications notifications;
	private final ViewerSessions sessions;
	private final RoomStreams streams;
	private final BookingLinks bookingLinks;

	LiveApiController(LiveRooms rooms, LiveChat chat, LiveNotifications notifications, ViewerSessions sessions,
			RoomStreams streams, BookingLinks bookingLinks) {
		this.rooms = rooms;
		this.chat = chat;
		this.notifications = notifications;
		this.sessions = sessions;
		this.streams = streams;
		this.bookingLinks = bookingLinks;
	}

	record ChatRequest(@Nullable String body) {
	}

	record ClickRequest(@Nullable Integer mediaSeconds) {
	}

	record Clicked(UUID notificationId, @Nullable String url) {
	}

	record Room(String status, int viewers, int mediaSeconds, List<ChatMessage> chat, List<LiveNotification> notifications) {
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events of the room: first 'ready', then 'viewers' with the count now, then "
			+ "'batch' events about every 200 ms while something happens, each a list of {event, data} in order; event is "
			+ "chat, chat_deleted, pinned, notification, viewers or status")
	SseEmitter stream(@PathVariable String joinToken) {
		Attendee attendee = rooms.attendee(joinToken);
		return streams.open(attendee.room().topic(),
				() -> "{\"viewers\":" + sessions.viewers(attendee.room()) + "}");
	}

	@GetMapping("/room")
	@Operation(summary = "The room now: status, viewers, media time, the recent chat (in the replay: all of it by media "
			+ "time) and the notifications (in the replay: all of them with their media times)")
	Room room(@PathVariable String joinToken) {
		Attendee attendee = rooms.attendee(joinToken);
		var room = attendee.room();
		List<ChatMessage> messages = room.replay() ? chat.replay(room) : chat.recent(attendee, 100);
		return new Room(room.status(), sessions.viewers(room), room.mediaSecondsAt(java.time.Instant.now()), messages,
				notifications.forRoom(room));
	}

	@PostMapping("/chat")
	@Operation(summary = "Writes in the chat {body} (at most 500 characters, no links; 3 messages per 5 seconds: 429 "
			+ "with Retry-After; muted: 403)")
	ResponseEntity<ChatMessage> post(@PathVariable String joinToken, @RequestBody ChatRequest request) {
		Attendee attendee = rooms.attendee(joinToken);
		return ResponseEntity.status(HttpStatus.CREATED).body(chat.post(attendee, request.body() == null ? "" : request.body()));
	}

	@PostMapping("/heartbeat")
	@Operation(summary = "Says the registrant is still watching (every 30 s): extends their session and answers the "
			+ "viewer count, the status and the media time")
	ViewerSessions.Beat heartbeat(@PathVariable String joinToken) {
		return sessions.heartbeat(rooms.attendee(joinToken));
	}

	@PostMapping("/leave")
	@Operation(summary = "The registrant closed the room: their session ends now")
	ResponseEntity<Void> leave(@PathVariable String joinToken) {
		sessions.leave(rooms.attendee(joinToken));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/offers/{notificationId}/click")
	@Operation(summary = "Records a click on a notification (in the replay with {mediaSeconds}); answers where it leads "
			+ "(a book_call: the booking page with the registrant's name and email filled in)")
	Clicked click(@PathVariable String joinToken, @PathVariable UUID notificationId,
			@RequestBody(required = false) @Nullable ClickRequest request) {
		Attendee attendee = rooms.attendee(joinToken);
		LiveNotification notification = notifications.click(attendee, notificationId,
				request == null ? null : request.mediaSeconds());
		String url = "book_call".equals(notification.kind()) ? bookingLinks.forAttendee(attendee).orElse(notification.url())
				: notification.url();
		return new Clicked(notificationId, url);
	}
}
