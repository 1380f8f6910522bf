/**
 * Calls: the organization's tracked phone calls (from CallTrackingMetrics through the integrations module), each
 * matched to a contact, classified into the seed's categories with a star rating, reviewed and rated by people, and
 * shown in a call inbox and on the contact's timeline. Providers report calls through {@link com.growthhub.calls.CallLog};
 * a rating changed here is announced by {@link com.growthhub.calls.CallRated} so that the provider can be told.
 */
@ApplicationModule(displayName = "Calls", allowedDependencies = { "contacts", "identity", "journeys", "messaging", "pipeline",
		"platform", "platform::ai", "platform::tenancy", "platform::security", "platform::web", "platform::realtime",
		"platform::csv", "shared" })
@NullMarked
package com.growthhub.calls;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
