/**
 * Expenses with receipts and approvals: who spent what, on what and for which event; receipts kept in the file store
 * and read for a suggested amount, date and merchant; draft → submitted → approved or rejected → reimbursed, decided by
 * managers and never by the person who spent; reports and CSV exports.
 */
@ApplicationModule(displayName = "Expenses", allowedDependencies = { "eventplanning", "identity", "messaging", "platform", "platform::tenancy",
		"platform::web", "platform::files", "platform::csv", "platform::search", "shared" })
@NullMarked
package com.growthhub.expenses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
