/**
 * Contacts and leads: one record per person with its lifecycle (target → contact → plug → lead →
 * client), custom fields, tags, lists, interaction timeline and lead score, search, duplicates and
 * merge, privacy mode, external ids and trash.
 */
@ApplicationModule(displayName = "Contacts",
		allowedDependencies = { "identity", "messaging", "platform", "platform::tenancy", "platform::security", "platform::web", "platform::csv", "platform::search", "shared" })
@NullMarked
package com.growthhub.contacts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
