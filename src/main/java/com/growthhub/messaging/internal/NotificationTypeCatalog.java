package com.growthhub.messaging.internal;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Every notification type the modules declare, in module order. */
@Component
public class NotificationTypeCatalog {

	private final List<NotificationType> all;
	private final Set<NotificationType> emailed;
	private final Map<NotificationType, String> templates;

	NotificationTypeCatalog(ObjectProvider<NotificationTypes> modules) {
		this.all = modules.orderedStream().flatMap(module -> module.notificationTypes().stream()).distinct().toList();
		this.emailed = modules.orderedStream().flatMap(module -> module.emailedByDefault().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
		this.templates = modules.orderedStream().flatMap(module -> module.emailTemplates().entrySet().stream())
			.collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The email template a type is sent with: its own when its module names one, else the generic one. */
	public String emailTemplate(NotificationType type) {
		return templates.getOrDefault(type, "notification");
	}

	/** Whether the type arrives by email too for someone who has not chosen. */
	public boolean emailedByDefault(NotificationType type) {
		return emailed.contains(type);
	}

	public List<NotificationType> all() {
		return all;
	}

	/** The declared type with this key, in any case. */
	public Optional<NotificationType> find(String key) {
		String wanted = key.strip().toLowerCase(Locale.ROOT);
		return all.stream().filter(type -> type.key().equals(wanted)).findFirst();
	}

	public String keys() {
		return String.join(", ", all.stream().map(NotificationType::key).toList());
	}
}
