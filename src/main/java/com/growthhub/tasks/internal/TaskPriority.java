package com.growthhub.tasks.internal;

public enum TaskPriority {

	LOW, MEDIUM, HIGH, URGENT;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
