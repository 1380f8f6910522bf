package com.growthhub.messaging.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.internal.NotificationCenter;
import com.growthhub.messaging.internal.NotificationCenter.Preference;
import com.growthhub.messaging.internal.NotificationTypeCatalog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "The signed-in person's in-app notifications in the current organization")
class NotificationApiController {

	private final NotificationCenter notifications;
	private final NotificationTypeCatalog types;

	NotificationApiController(NotificationCenter notifications, NotificationTypeCatalog types) {
		this.notifications = notifications;
		this.types = types;
	}

	@GetMapping
	@Operation(summary = "Notifications, newest first, keyset-paged with nextCursor; unreadCount counts all unread ones")
	NotificationCenter.Page list(@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "20") int limit,
			OrganizationId organization, Actor actor) {
		return notifications.find(organization, actor, cursor, limit, unread);
	}

	@PostMapping("/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Marks one notification read")
	void read(@PathVariable UUID id, OrganizationId organization, Actor actor) {
		notifications.markRead(organization, actor, id);
	}

	@PostMapping("/read-all")
	@Operation(summary = "Marks every notification read; answers how many changed")
	Map<String, Integer> readAll(OrganizationId organization, Actor actor) {
		return Map.of("marked", notifications.markAllRead(organization, actor));
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Server-Sent Events: 'ready' once, then 'unread' {unread} whenever the unread count changes")
	SseEmitter stream(OrganizationId organization, Actor actor) {
		return notifications.stream(organization, actor);
	}

	@GetMapping("/preferences")
	@Operation(summary = "Per type (plug_submitted, deal_assigned, deal_won, journey_step_due): in-app and email delivery")
	Map<String, Preference> preferences(OrganizationId organization, Actor actor) {
		return byKey(notifications.preferences(organization, actor));
	}

	record PreferenceInput(@NotNull @Nullable Boolean inApp, @NotNull @Nullable Boolean email) {
	}

	@PutMapping("/preferences")
	@Operation(summary = "Changes the delivery of the types given; the others keep theirs")
	Map<String, Preference> savePreferences(@RequestBody Map<String, PreferenceInput> changes, OrganizationId organization,
			Actor actor) {
		Map<NotificationType, Preference> parsed = new LinkedHashMap<>();
		changes.forEach((key, input) -> {
			NotificationType type = types.find(key)
				.orElseThrow(() -> new InvalidPreference(key + " is not a notification type: must be one of " + types.keys()));
			if (input == null || input.inApp() == null || input.email() == null) {
				throw new InvalidPreference(key + " needs both inApp and email");
			}
			parsed.put(type, new Preference(input.inApp(), input.email()));
		});
		return byKey(notifications.savePreferences(organization, actor, parsed));
	}

	static final class InvalidPreference extends ProblemException {

		InvalidPreference(String detail) {
			super(HttpStatus.BAD_REQUEST, "Invalid notification preference", detail);
		}
	}

	static Map<String, Preference> byKey(Map<NotificationType, Preference> preferences) {
		Map<String, Preference> byKey = new java.util.LinkedHashMap<>();
		preferences.forEach((type, preference) -> byKey.put(type.key(), preference));
		return byKey;
	}
}
