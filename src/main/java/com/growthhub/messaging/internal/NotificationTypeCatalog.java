package com.growthhub.messaging.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.growthhub.messaging.NotificationType;
import com.growthhub.messaging.NotificationTypes;

/** Every notification type the modules declare, in module order. */
@Component
public class NotificationTypeCatalog {

	private final List<NotificationType> all;

	NotificationTypeCatalog(ObjectProvider<NotificationTypes> modules) {
		this.all = modules.orderedStream().flatMap(module -> module.notificationTypes().stream()).distinct().toList();
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
