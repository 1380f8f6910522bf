/**
 * Masterclasses: a live class from its public landing page to a paid seat (registration, invoice, payment), the live
 * room with chat, viewer count and timed notifications, the replay, transcripts with search, and the insights that
 * tie attendance and engagement to the funnel (Registered → Invoiced → Paid → Attended → Scheduled → Won).
 */
@ApplicationModule(displayName = "Masterclasses", allowedDependencies = { "contacts", "identity", "messaging", "pipeline",
		"billing", "scheduling", "forms", "media", "platform", "platform::ai", "platform::tenancy", "platform::security",
		"platform::web", "platform::realtime", "platform::files", "platform::search", "platform::csv", "shared" })
@NullMarked
package com.growthhub.masterclasses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
