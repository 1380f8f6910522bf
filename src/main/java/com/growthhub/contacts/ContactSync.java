package com.growthhub.contacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * Contacts kept in step with another system, a page at a time and set-wise (a few statements per page, whatever its
 * size). A record is matched by its id on the platform, then by email, then by phone, and never duplicated; matched
 * contacts get the record's non-empty values, the others are created from the platform, and either way the contact
 * keeps the record's id on that platform. Changes are audited as the actor given (an integration's connection).
 * Every method joins the caller's transaction of the organization, so a page and its checkpoint commit together.
 *
 * <p>Values are keyed by local field: {@link #FIELDS} and {@code cf.<key>} for custom fields; platforms are those of
 * contacts' external ids ({@code HUBSPOT}, {@code SALESFORCE}, {@code GOOGLE_SHEETS}, {@code GHL}). Two fields are not
 * columns: {@link #OWNER_EMAIL} reads as the owner member's email and applies as the member with that email (a value
 * no member has is skipped); {@link #LIFECYCLE} reads as the contact type's key ({@link ContactType#key()}) and applies
 * to an existing contact only as a forward conversion along {@link ContactType#conversions()} (through the contact
 * service, so {@link ContactConverted} is published); a backward or unknown value is skipped. A skipped field is
 * named in {@link Match#skipped()}, and the rest of the record applies.
 */
public interface ContactSync {

	/** The standard fields a sync may map. */
	List<String> FIELDS = List.of("firstName", "lastName", "email", "phone", "company", "jobTitle", "linkedinUrl",
			"industry", "campaign", "notes", "ownerEmail", "lifecycle");

	/** The owner member's email. */
	String OWNER_EMAIL = "ownerEmail";

	/** The contact type's key: target, contact, plug, lead, client. */
	String LIFECYCLE = "lifecycle";

	/** The prefix of a custom field's key: {@code cf.budget}. */
	String CUSTOM = "cf.";

	/** The organization's custom field keys (without the prefix), for mapping editors. */
	List<String> customFieldKeys(OrganizationId organization);

	/**
	 * Normalizes the records (email in lower case, phone in E.164, custom values by their field's type) and finds the
	 * contact each is about, answering them in order with that contact's current values.
	 */
	List<Match> match(OrganizationId organization, String platform, List<Incoming> records);

	/**
	 * Applies matched records: updates those with a contact (only fields whose value changes; an unchanged contact is
	 * not touched, so its update time stays), creates the others, and records the platform id on each. One outcome per
	 * record, in order.
	 */
	List<Outcome> apply(OrganizationId organization, Actor actor, String platform, List<Change> changes);

	/** Live contacts updated after {@code since} (then by id after {@code after}), oldest first, with their values. */
	List<LocalContact> changedSince(OrganizationId organization, String platform, Instant since, @Nullable UUID after,
			int limit);

	/** Records contacts' ids on the platform (after the platform created them). */
	void link(OrganizationId organization, String platform, Map<UUID, String> externalIds);

	/** Moves contacts to the trash, as a deletion at the platform asks. */
	int trash(OrganizationId organization, Actor actor, Collection<UUID> contactIds);

	/**
	 * Contacts moved to the trash after {@code since} (then by id after {@code after}), oldest first, with their id on
	 * the platform if they have one: deletions a sync may push.
	 */
	List<TrashedContact> trashedSince(OrganizationId organization, String platform, Instant since, @Nullable UUID after,
			int limit);

	/**
	 * Forgets contacts' ids on the platform (the records were deleted there), where the contact still has that id: a
	 * contact restored from the trash later is then new to the platform.
	 */
	void unlink(OrganizationId organization, String platform, Map<UUID, String> externalIds);

	/** A record from the platform: its id there and its values by local field (absent when empty there). */
	record Incoming(String externalId, Map<String, String> values) {
	}

	/**
	 * A record normalized and matched: {@code values} normalized (without the skipped fields), {@code contactId} the
	 * contact it is about (null for a new one), {@code current} that contact's values, {@code updatedAt} its last
	 * change and {@code changedAt} the last change of each field that changed since the contact was created; the
	 * fields {@code skipped} and why; or {@code error} when the record cannot be applied.
	 */
	record Match(String externalId, Map<String, String> values, @Nullable UUID contactId, Map<String, String> current,
			@Nullable Instant updatedAt, Map<String, Instant> changedAt, List<Skipped> skipped, @Nullable String error) {

		/** When the field last changed here: its own time, else (never changed since created) the contact's. */
		public @Nullable Instant changedAt(String field) {
			Instant own = changedAt.get(field);
			return own != null ? own : updatedAt;
		}
	}

	/** A field of a record left out, and why, in words a person can act on. */
	record Skipped(String field, String reason) {
	}

	/** What to write: the contact (null to create one), the platform id, the values to set. */
	record Change(@Nullable UUID contactId, String externalId, Map<String, String> values) {
	}

	enum Result {
		CREATED, UPDATED, UNCHANGED, FAILED
	}

	record Outcome(String externalId, @Nullable UUID contactId, Result result, @Nullable String error) {
	}

	/** A contact in the trash as a sync sees it: its platform id if it has one, and when it was trashed. */
	record TrashedContact(UUID contactId, @Nullable String externalId, Instant trashedAt) {
	}

	/** A local contact as a sync pushes it: its id, its platform id if it has one, its values by local field. */
	record LocalContact(UUID contactId, @Nullable String externalId, Instant updatedAt, Map<String, String> values) {
	}
}
