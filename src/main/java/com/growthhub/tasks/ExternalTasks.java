package com.growthhub.tasks;

import java.util.Optional;
import java.util.UUID;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Board items as another system that mirrors a board (Monday.com, through integrations) creates and changes them. The
 * status is taken as that system has it, since its board has rules of its own; changes are announced with
 * {@link TaskItemChanged} naming the given actor, so that they are not pushed back.
 */
public interface ExternalTasks {

	/** An item as a mirror needs it: its name and lower-case status key. */
	record Item(UUID id, UUID boardId, String name, String status, long version) {
	}

	boolean boardExists(OrganizationId organization, UUID boardId);

	Optional<Item> find(OrganizationId organization, UUID itemId);

	/** A new item at the end of its status' column, in the board's first group. */
	Item create(OrganizationId organization, Actor actor, UUID boardId, String name, String status);

	/** A new subitem of {@code parentId}, at the end of its subitems. */
	Item createSubitem(OrganizationId organization, Actor actor, UUID parentId, String name, String status);

	/** Sets name and status; answers whether anything changed (an echo of our own change changes nothing). */
	boolean apply(OrganizationId organization, Actor actor, UUID itemId, String name, String status);

	/**
	 * Archives an item the other system deleted or archived (kept, with its comments, and purged later by the retention
	 * job); answers whether it was not archived yet.
	 */
	boolean archive(OrganizationId organization, Actor actor, UUID itemId);
}
