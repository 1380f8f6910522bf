/**
 * Data in and out: CSV import jobs for contacts (upload, mapping, validation, dedupe, live progress,
 * undo) and streamed CSV exports.
 */
@ApplicationModule(displayName = "Data import and export", allowedDependencies = { "contacts", "identity", "messaging", "platform",
		"platform::tenancy", "platform::security", "platform::web", "platform::realtime", "platform::csv", "shared" })
@NullMarked
package com.growthhub.dataio;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
