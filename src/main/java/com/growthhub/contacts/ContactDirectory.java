package com.growthhub.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.growthhub.identity.CurrentUser;
import com.growthhub.shared.OrganizationId;

/**
 * Finds contacts for other modules, e.g. an integration matching a record it synchronizes, and the few
 * lifecycle steps other modules start (submitting a plug from the pipeline).
 */
public interface ContactDirectory {

	/**
	 * The live contact that carries this id on an external platform ({@code hubspot}, {@code salesforce},
	 * {@code google_sheets}, {@code ghl}, {@code ctm}; any case), if there is one in the organization.
	 */
	Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId);

	/**
	 * Display names of the organization's live contacts among {@code contactIds}; ids of other
	 * organizations, unknown or trashed contacts, and (for a signed-in member limited to their own
	 * contacts) contacts they may not see are absent from the answer.
	 */
	Map<UUID, String> names(OrganizationId organization, Collection<UUID> contactIds);

	/** The live contacts of the organization that carry the tag (for filters in other modules). */
	Set<UUID> taggedWith(OrganizationId organization, UUID tagId);

	/** The organization's contact tags by name, for filters in other modules. */
	List<Choice> tags(OrganizationId organization);

	/**
	 * The name of a live contact the signed-in person may see.
	 *
	 * @throws com.growthhub.platform.web.NotFoundException when it does not exist, is in the trash, belongs to
	 * another organization or is hidden from this member
	 */
	String nameOf(CurrentUser user, UUID contactId);

	/**
	 * Submits a contact as a plug (seed 000 §3.2): its type becomes plug with status {@code submitted}; a
	 * contact that cannot become a plug answers 409. Answers the contact's name.
	 */
	String submitPlug(CurrentUser user, UUID contactId);

	/**
	 * The contacts the signed-in person may see when the organization limits members to the contacts they own;
	 * empty when they may see every contact of the organization (managers, admins, or no limit).
	 */
	Optional<Set<UUID>> visibleOnly(CurrentUser user);

	/** Up to {@code limit} live contacts the signed-in person may see, matching {@code q} (all when blank), for pickers. */
	List<Choice> choices(CurrentUser user, String q, int limit);

	/** A contact (or a tag) as a picker shows it. */
	record Choice(UUID id, String name) {
	}
}
