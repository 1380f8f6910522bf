/**
 * Scheduling: each rep's weekly availability in their own zone (with date overrides, buffers, minimum notice and a
 * daily maximum), booking pages that hand visitors free slots at {@code /book/{slug}}, and the appointments booked on
 * them — assigned round robin, to the lead's owner or to a fixed rep, and never overlapping for one rep (an exclusion
 * constraint in the database guarantees it). Other modules read appointments through
 * {@link com.growthhub.scheduling.Appointments} and follow them through the {@code Appointment…} events.
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = { "contacts", "identity", "messaging", "pipeline", "platform",
		"platform::tenancy", "platform::security", "platform::web", "shared" })
@NullMarked
package com.growthhub.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
