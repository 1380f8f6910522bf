package com.growthhub.masterclasses.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.masterclasses.internal.live.LiveNotification;
import com.growthhub.masterclasses.internal.live.LiveNotifications;
import com.growthhub.masterclasses.internal.live.NotificationRequest;
import com.growthhub.masterclasses.internal.live.ViewerSessions;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/masterclasses/{id}")
@Tag(name = "Masterclass live room", description = "The host's timed notifications (offer, poll, link, book_call) and "
		+ "the attendance of a masterclass")
class LiveNotificationApiController {

	private final LiveNotifications notifications;
	private final ViewerSessions sessions;

	LiveNotificationApiController(LiveNotifications notifications, ViewerSessions sessions) {
		this.notifications = notifications;
		this.sessions = sessions;
	}

	record Items<T>(List<T> items) {
	}

	@GetMapping("/notifications")
	@Operation(summary = "The notifications, by media time: scheduled ones have sentAt null until the live session reaches them")
	Items<LiveNotification> list(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Items<>(notifications.list(organization, actor, id));
	}

	@PostMapping("/notifications")
	@Operation(summary = "Sends a notification now {sendNow: true} to everyone in the live room, or schedules it at a "
			+ "media time {mediaTimeSeconds} (seconds after the start); {kind: offer|poll|link|book_call, text, url}")
	ResponseEntity<LiveNotification> create(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody NotificationRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(notifications.create(organization, actor, id, request));
	}

	@DeleteMapping("/notifications/{notificationId}")
	@Operation(summary = "Deletes a notification (a scheduled one is then not sent; the replay no longer shows it)")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@PathVariable UUID notificationId) {
		notifications.delete(organization, actor, id, notificationId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/attendance")
	@Operation(summary = "Minutes watched live and in the replay per registrant with a seat, and whether they reached "
			+ "the class's attendance threshold")
	Items<ViewerSessions.AttendanceRow> attendance(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return new Items<>(sessions.attendance(organization, actor, id));
	}
}
