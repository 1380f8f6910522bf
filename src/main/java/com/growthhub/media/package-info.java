/**
 * The media library: uploaded images, videos, audio and documents processed into thumbnails and web-sized
 * versions, collections in an order (general, event photos, contact profile pictures, expiring snaps), the
 * events and contacts each item belongs to, and who may see it (private, organization, public by a signed link).
 */
@ApplicationModule(displayName = "Media", allowedDependencies = { "contacts", "identity",
		"platform::tenancy", "platform::web", "platform::realtime", "platform::csv", "platform::search",
		"platform::files", "eventplanning", "shared" })
@NullMarked
package com.growthhub.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
