package com.growthhub.contacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
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
	Optional<ContactId> findByExternalId(OrganizationId organization, String platform, String externalId);

	/**
	 * Display names of the organization's live contacts among {@code contactIds}; ids of other
	 * organizations, unknown or trashed contacts, and (for a member limited to their own contacts)
	 * contacts the actor may not see are absent from the answer. Jobs and integrations see every name.
	 */
	Map<ContactId, String> names(OrganizationId organization, Actor actor, Collection<ContactId> contactIds);

	/** The live contacts of the organization that carry the tag (for filters in other modules). */
	Set<ContactId> taggedWith(OrganizationId organization, UUID tagId);

	/** The organization's contact tags by name, for filters in other modules. */
	List<Choice> tags(OrganizationId organization);

	/**
	 * The name of a live contact the actor may see.
	 *
	 * @throws com.growthhub.platform.web.NotFoundException when it does not exist, is in the trash, belongs to
	 * another organization or is hidden from this member
	 */
	String nameOf(OrganizationId organization, Actor actor, ContactId contactId);

	/**
	 * Submits a contact as a plug (seed 000 §3.2): its type becomes plug with status {@code submitted}; a
	 * contact that cannot become a plug answers 409. Answers the contact's name.
	 */
	String submitPlug(OrganizationId organization, Actor actor, ContactId contactId);

	/**
	 * The contacts the actor may see when the organization limits members to the contacts they own;
	 * empty when they may see every contact of the organization (managers, admins, jobs, or no limit).
	 */
	Optional<Set<ContactId>> visibleOnly(OrganizationId organization, Actor actor);

	/** Up to {@code limit} live contacts the actor may see, matching {@code q} (all when blank), for pickers. */
	List<Choice> choices(OrganizationId organization, Actor actor, String q, int limit);

	/**
	 * The live contact with this email (any case), else a new one the actor creates from the name and email with
	 * source {@code event}, under the same rules as any new contact (privacy mode, the organization's checks) except
	 * that of the organization's required fields only the first name and email are asked. An existing contact the actor
	 * may not see keeps its own name to itself: the answer carries the typed one.
	 */
	Addressee findOrCreate(OrganizationId organization, Actor actor, String firstName, @Nullable String lastName,
			String email);

	/**
	 * The name and email of a live contact the actor may see.
	 *
	 * @throws com.growthhub.platform.web.NotFoundException as {@link #nameOf}
	 */
	Addressee addressee(OrganizationId organization, Actor actor, ContactId contactId);

	/**
	 * Adds an interaction of one of the timeline's types (such as {@code event_attendance}) to a live contact, moving its
	 * last interaction and lead score, whoever owns it; nothing for an unknown or trashed contact. For modules that
	 * record what a contact did (came to an event), not what a person typed.
	 */
	void logInteraction(OrganizationId organization, Actor actor, ContactId contactId, String type, String text,
			Instant occurredAt, Map<String, Object> payload);

	/**
	 * The owner of a live contact of the organization, whoever may see it: for modules that route work to the owner
	 * (a booked call to the lead's own rep). Empty for a contact without owner, unknown, trashed or of another
	 * organization.
	 */
	Optional<UUID> ownerOf(OrganizationId organization, ContactId contactId);

	/** A contact as another module writes to it: its display name and email, if it has one. */
	record Addressee(ContactId id, String name, @Nullable String email) {
	}

	/** A contact (or a tag) as a picker shows it. */
	record Choice(UUID id, String name) {
	}
}
