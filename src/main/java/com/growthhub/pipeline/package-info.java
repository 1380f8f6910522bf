/**
 * Pipelines and deals (stages, a live Kanban board, stage history), the service catalog, and plug submission.
 */
@ApplicationModule(displayName = "Pipeline", allowedDependencies = { "contacts", "identity", "messaging", "platform",
		"platform::tenancy", "platform::security", "platform::web", "platform::realtime", "platform::search", "shared" })
@NullMarked
package com.growthhub.pipeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
