package com.growthhub.messaging;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * People's names for the email log, which stores only a recipient's user id and address. Implemented by the
 * module that knows people (identity), so messaging depends on no module to show them.
 */
public interface RecipientNames {

	/** The display names of those among {@code userIds} who are members of the organization. */
	Map<UUID, String> of(OrganizationId organization, Collection<UUID> userIds);
}
