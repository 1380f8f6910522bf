/**
 * Who may do what: organizations (tenants), users, memberships and roles, sign-in with
 * second factors, sessions and tokens, invitations, and the audit trail of every data change.
 */
@ApplicationModule(displayName = "Identity",
		allowedDependencies = { "platform", "platform::tenancy", "platform::security", "platform::web", "platform::files",
			"messaging", "shared" })
@NullMarked
package com.growthhub.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
