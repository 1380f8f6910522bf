/**
 * Analytics: the numbers that tie marketing spend to revenue. Campaigns with their monthly spend, KPI events recorded
 * once each from the other modules' events (ad click, consult booked, consult show, invoice paid) or ingested through
 * the API, first- and last-touch attribution, daily rollups that keep reports fast, campaign and funnel reports,
 * stage velocity, sales metrics per rep and per client account, provider commissions from paid invoices, and the
 * retention of old records.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = { "contacts", "identity", "messaging", "pipeline",
		"billing", "scheduling", "forms", "masterclasses", "calls", "agency", "platform", "platform::tenancy",
		"platform::security", "platform::web", "platform::csv", "platform::files", "platform::ai", "shared" })
@NullMarked
package com.growthhub.analytics;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
