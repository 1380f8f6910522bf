package com.growthhub.messaging;

/** What a notification is about; people choose per type whether it shows in the app and comes by email. */
public enum NotificationType {

	PLUG_SUBMITTED, DEAL_ASSIGNED, DEAL_WON, JOURNEY_STEP_DUE, IMPORT_FINISHED;

	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
