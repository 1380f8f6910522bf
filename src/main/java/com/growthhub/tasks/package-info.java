/**
 * Task boards: workspaces of boards whose groups hold items (and their subitems) that move from backlog to done on a
 * live board, with comments that mention people, checklists and attachments; done items are archived and later
 * purged by jobs.
 */
@ApplicationModule(displayName = "Tasks", allowedDependencies = { "agency", "identity", "messaging", "platform", "platform::tenancy",
		"platform::security", "platform::web", "platform::realtime", "platform::files", "shared" })
@NullMarked
package com.growthhub.tasks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
