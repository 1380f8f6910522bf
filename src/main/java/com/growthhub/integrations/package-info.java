/**
 * Integrations: connections to other CRMs and spreadsheets (HubSpot, Salesforce, Google Sheets, GoHighLevel) that
 * keep contacts in sync both ways, CallTrackingMetrics whose tracked calls it reports to the calls module, Google Business Profile whose reviews it
 * reports to the reviews module (and posts their replies to), the
 * credential vault that keeps their secrets encrypted, and the signed webhooks the organization subscribes to for what
 * happens here.
 */
@ApplicationModule(displayName = "Integrations", allowedDependencies = { "billing", "calls", "contacts", "dataio", "forms", "identity", "messaging",
		"pipeline", "reviews", "platform", "platform::tenancy", "platform::security", "platform::web", "platform::csv", "shared", "tasks" })
@NullMarked
package com.growthhub.integrations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
