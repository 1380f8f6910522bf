/**
 * Messages to people: the email outbox (written in the transaction that causes a message,
 * delivered by a background job through SMTP when one is configured) and the email log.
 */
@ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "platform", "platform::tenancy", "platform::web", "platform::realtime", "platform::security", "platform::files", "shared" })
@NullMarked
package com.growthhub.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
