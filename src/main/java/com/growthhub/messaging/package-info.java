/**
 * Messages to people: the email outbox (written in the transaction that causes a message,
 * delivered by a background job through SMTP when one is configured) and the email log; lines (sending identities
 * of members, with daily limits and the organization's line entitlements) and their conversations with contacts by
 * SMS or email. People and contacts come through ports other modules implement ({@link LineMembers},
 * {@link ConversationContacts}, {@link RecipientNames}), since those modules depend on this one.
 */
@ApplicationModule(displayName = "Messaging",
		allowedDependencies = { "platform", "platform::tenancy", "platform::web", "platform::realtime", "platform::security", "platform::files", "shared" })
@NullMarked
package com.growthhub.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
