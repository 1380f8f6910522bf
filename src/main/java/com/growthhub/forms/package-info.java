/**
 * Lead-capture forms: definitions with fields, steps, conditions and a theme, frozen into versions when published;
 * public hosted pages, embeds and a plain POST endpoint that accept a submission with one insert into a durable queue;
 * a background processor that turns each submission into a contact, a deal, a timeline entry and notifications; spam
 * layers with a quarantine; submissions lists, CSV and analytics.
 */
@ApplicationModule(displayName = "Forms", allowedDependencies = { "contacts", "identity", "messaging", "pipeline",
		"platform", "platform::ai", "platform::tenancy", "platform::security", "platform::web", "platform::files", "platform::csv",
		"shared" })
@NullMarked
package com.growthhub.forms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
