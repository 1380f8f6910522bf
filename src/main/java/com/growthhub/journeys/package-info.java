/**
 * Client journeys started on contacts from templates with their steps and step reminders, and active clients
 * with the services they agreed to.
 */
@ApplicationModule(displayName = "Journeys", allowedDependencies = { "contacts", "identity", "messaging", "pipeline",
		"platform::tenancy", "platform::web", "shared" })
@NullMarked
package com.growthhub.journeys;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
