/**
 * Events with their agenda, capacity and budget; attendees (contacts or members) who register, wait for a seat,
 * get an emailed invitation with a calendar file and a personal QR pass, check in and out at the door; reminders,
 * no-shows and the event's analytics.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "contacts", "identity", "messaging", "platform",
		"platform::tenancy", "platform::web", "platform::csv", "platform::search", "platform::security", "shared" })
@NullMarked
package com.growthhub.eventplanning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
