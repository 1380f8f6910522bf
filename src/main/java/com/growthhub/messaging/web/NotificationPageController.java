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
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("page", notifications.find(cursor, PAGE_SIZE, false));
		return htmx != null && cursor != null ? "messaging/notifications :: rows" : "messaging/notifications";
	}

	/** The bell opens this stream: an 'unread' event now and on every change. */
	@GetMapping(path = "/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@ResponseBody
	SseEmitter stream() {
		return notifications.stream();
	}

	/** Opening a notification marks it read and goes where it points; only links inside the app are followed. */
	@PostMapping("/notifications/{id}/open")
	String open(@PathVariable UUID id, @RequestParam(required = false) @Nullable String link) {
		notifications.markRead(id);
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(RedirectAttributes redirect) {
		int marked = notifications.markAllRead();
		redirect.addFlashAttribute("notice", "notifications.allRead");
		redirect.addFlashAttribute("noticeArgs", new Object[] { marked });
		return "redirect:/notifications";
	}

	@GetMapping("/settings/notifications")
	String preferences(Model model) {
		model.addAttribute("preferences", notifications.preferences());
		return "messaging/notification-preferences";
	}

	/** Checkboxes named {@code <type>.inApp} and {@code <type>.email}; an unticked box is simply absent. */
	@PostMapping("/settings/notifications")
	String savePreferences(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Map<NotificationType, Preference> changes = new LinkedHashMap<>();
		for (NotificationType type : types.all()) {
			changes.put(type, new Preference(form.containsKey(type.key() + ".inApp"), form.containsKey(type.key() + ".email")));
		}
		notifications.savePreferences(changes);
		redirect.addFlashAttribute("notice", "notifications.preferences.saved");
		return "redirect:/settings/notifications";
	}
}
