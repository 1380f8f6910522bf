package com.growthhub.masterclasses.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.masterclasses.internal.live.ChatMessage;
import com.growthhub.masterclasses.internal.live.LiveChat;
import com.growthhub.masterclasses.internal.live.LiveNotification;
import com.growthhub.masterclasses.internal.live.LiveNotifications;
import com.growthhub.masterclasses.internal.live.LiveRoom;
import com.growthhub.masterclasses.internal.live.LiveRooms;
import com.growthhub.masterclasses.internal.live.NotificationRequest;
import com.growthhub.masterclasses.internal.live.RoomStreams;
import com.growthhub.masterclasses.internal.live.ViewerSessions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * What the host's console page (masterclasses-live-console.js) calls, same-origin with the session and its CSRF
 * token: start and end the session, watch the viewer count and the chat, moderate it, answer questions and push or
 * schedule notifications. A REST controller, so bad input answers problem+json like the /api/v1 equivalents that
 * programs use (it stays out of the OpenAPI document, which covers /api/** only).
 */
@RestController
@RequestMapping("/masterclasses/{id}/console")
class LiveConsoleApiController {

	private final LiveRooms rooms;
	private final LiveChat chat;
	private final LiveNotifications notifications;
	private final ViewerSessions sessions;
	private final RoomStreams streams;
	private final ConsoleSessionControl control;

	LiveConsoleApiController(LiveRooms rooms, LiveChat chat, LiveNotifications notifications, ViewerSessions sessions,
			RoomStreams streams, ConsoleSessionControl control) {
		this.rooms = rooms;
		this.chat = chat;
		this.notifications = notifications;
		this.sessions = sessions;
		this.streams = streams;
		this.control = control;
	}

	record ChatRequest(@Nullable String body) {
	}

	record PinRequest(@Nullable Boolean pinned) {
	}

	record QuestionRequest(@Nullable Boolean question, @Nullable Boolean answered) {
	}

	record MuteRequest(@Nullable UUID registrationId, @Nullable Boolean muted) {
	}

	record State(String status, int viewers, int mediaSeconds, List<ChatMessage> chat,
			List<LiveNotification> notifications) {
	}

	@GetMapping("/state")
	State state(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		LiveRoom room = rooms.moderated(organization, actor, id);
		return new State(room.status(), sessions.viewers(room), room.mediaSecondsAt(java.time.Instant.now()),
				chat.page(organization, actor, id, null, 200).items().reversed(), notifications.list(organization, actor, id));
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		LiveRoom room = rooms.moderated(organization, actor, id);
		return streams.open(room.topic(), () -> "{\"viewers\":" + sessions.viewers(room) + "}");
	}

	@PostMapping("/start")
	ResponseEntity<Void> start(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		rooms.moderated(organization, actor, id);
		control.start(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/end")
	ResponseEntity<Void> end(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		rooms.moderated(organization, actor, id);
		control.end(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chat")
	ChatMessage post(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestBody ChatRequest request) {
		return chat.postAsStaff(organization, actor, id, request.body() == null ? "" : request.body());
	}

	@PostMapping("/chat/{messageId}/delete")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId) {
		chat.delete(organization, actor, id, messageId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/chat/{messageId}/pin")
	ChatMessage pin(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestBody PinRequest request) {
		return chat.pin(organization, actor, id, messageId, !Boolean.FALSE.equals(request.pinned()));
	}

	@PostMapping("/chat/{messageId}/question")
	ChatMessage question(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID messageId,
			@RequestBody QuestionRequest request) {
		return chat.question(organization, actor, id, messageId, !Boolean.FALSE.equals(request.question()),
				Boolean.TRUE.equals(request.answered()));
	}

	@PostMapping("/mutes")
	ResponseEntity<Void> mute(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestBody MuteRequest request) {
		if (request.registrationId() == null) {
			throw com.growthhub.masterclasses.internal.live.LiveRefusedException.invalid("registrationId is required.");
		}
		chat.mute(organization, actor, id, request.registrationId(), !Boolean.FALSE.equals(request.muted()));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/notifications")
	LiveNotification notify(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody NotificationRequest request) {
		return notifications.create(organization, actor, id, request);
	}

	@PostMapping("/notifications/{notificationId}/delete")
	ResponseEntity<Void> deleteNotification(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID notificationId) {
		notifications.delete(organization, actor, id, notificationId);
		return ResponseEntity.noContent().build();
	}
}
