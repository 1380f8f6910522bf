package com.growthhub.messaging.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.internal.NotificationCenter;
import com.growthhub.messaging.internal.NotificationCenter.Preference;
import com.growthhub.messaging.internal.NotificationTypeCatalog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The bell's page of notifications, its live count, and Settings › Notifications. */
@Controller
class NotificationPageController {

	static final int PAGE_SIZE = 30;

	private final NotificationCenter notifications;
	private final NotificationTypeCatalog types;

	NotificationPageController(NotificationCenter notifications, NotificationTypeCatalog types) {
		this.notifications = notifications;
		this.types = types;
	}

	@GetMapping("/notifications")
	String list(@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, OrganizationId organization,
			Actor actor, Model model) {
		model.addAttribute("page", notifications.find(organization, actor, cursor, PAGE_SIZE, false));
		return htmx != null && cursor != null ? "messaging/notifications :: rows" : "messaging/notifications";
	}

	/** The bell opens this stream: an 'unread' event now and on every change. */
	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream(OrganizationId organization, Actor actor) {
		return notifications.stream(organization, actor);
	}

	/** Opening a notification marks it read and goes where it points; only links inside the app are followed. */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id, @RequestParam(required = false) @Nullable String link, OrganizationId organization,
			Actor actor) {
		notifications.markRead(organization, actor, id);
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(OrganizationId organization, Actor actor, RedirectAttributes redirect) {
		int marked = notifications.markAllRead(organization, actor);
		redirect.addFlashAttribute("notice", "notifications.allRead");
		redirect.addFlashAttribute("noticeArgs", new Object[] { marked });
		return "redirect:/notifications";
	}

	@GetMapping("/settings/notifications")
	String preferences(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("preferences", notifications.preferences(organization, actor));
		return "messaging/notification-preferences";
	}

	/** Checkboxes named {@code <type>.inApp} and {@code <type>.email}; an unticked box is simply absent. */
	@PostMapping("/settings/notifications")
	String savePreferences(@RequestParam MultiValueMap<String, String> form, OrganizationId organization, Actor actor,
			RedirectAttributes redirect) {
		Map<NotificationType, Preference> changes = new LinkedHashMap<>();
		for (NotificationType type : types.all()) {
			changes.put(type, new Preference(form.containsKey(type.key() + ".inApp"), form.containsKey(type.key() + ".email")));
		}
		notifications.savePreferences(organization, actor, changes);
		redirect.addFlashAttribute("notice", "notifications.preferences.saved");
		return "redirect:/settings/notifications";
	}
}
