/**
 * Pipelines and deals (stages, a live Kanban board, stage history, a service catalog), plug submission,
 * client journeys from templates with their steps, and active clients with their services.
 */
@ApplicationModule(displayName = "Pipeline", allowedDependencies = { "contacts", "identity", "messaging", "platform",
		"platform::tenancy", "platform::security", "platform::web", "platform::realtime", "shared" })
@NullMarked
package com.growthhub.pipeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
