/**
 * The agency hub: every client account of an agency in one table with its onboarding progress, new leads and calls
 * this week, reviews waiting and open or overdue tasks, from rollups this module keeps up to date from other modules'
 * events (and from {@link com.growthhub.agency.AgencyHub}, which the reviews, tasks and onboarding modules call).
 */
@ApplicationModule(displayName = "Agency hub",
		allowedDependencies = { "identity", "contacts", "calls", "dataio", "forms", "platform", "platform::tenancy",
			"platform::web", "shared" })
@NullMarked
package com.growthhub.agency;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
