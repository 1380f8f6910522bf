package com.growthhub.media.internal;

import java.util.List;
import java.util.UUID;

/** The events and contacts one item belongs to, as ids, in the order they were linked. */
public record ItemLinks(List<UUID> eventIds, List<UUID> contactIds) {

	public static final ItemLinks NONE = new ItemLinks(List.of(), List.of());
}
