/**
 * Client onboarding: an agency creates a client (its account through identity's {@code ClientAccounts}) and invites
 * the contact person by an emailed link; the client works through a wizard of steps chosen for their client type,
 * saving each on its own, hands over credentials (kept in the integrations vault) and completes, which the agency
 * hears of. {@link com.growthhub.onboarding.OnboardingCompleted} announces the end.
 */
@ApplicationModule(displayName = "Onboarding", allowedDependencies = { "agency", "identity", "integrations", "messaging", "platform",
		"platform::tenancy", "platform::security", "platform::web", "platform::files", "shared" })
@NullMarked
package com.growthhub.onboarding;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
