package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactConverted;
import com.growthhub.contacts.ContactCreated;
import com.growthhub.contacts.ContactDeleted;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.ContactUpdated;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Creating, reading, changing, converting, deleting and restoring single contacts, with the
 * organization's rules: privacy mode, member visibility, email uniqueness and explicit conversions.
 */
@Service
public class Contacts {

	private final ContactRepository repository;
	private final ContactEditor editor;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final Interactions interactions;
	private final Members members;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;
	private final DraftCampaign campaigns;

	Contacts(ContactRepository repository, ContactEditor editor, ContactSettingsStore settings, CustomFields customFields,
			Interactions interactions, Members members, ContactVisibility visibility, TenantTransactions transactions,
			ApplicationEventPublisher events, DraftCampaign campaigns) {
		this.campaigns = campaigns;
		this.repository = repository;
		this.editor = editor;
		this.settings = settings;
		this.customFields = customFields;
		this.interactions = interactions;
		this.members = members;
		this.visibility = visibility;
		this.transactions = transactions;
		this.events = events;
	}

	/**
	 * A person creates a contact: it is theirs unless the fields name another owner, and {@link ContactCreated} names
	 * them.
	 */
	public ContactView create(OrganizationId organization, Actor actor, Map<String, @Nullable Object> fields) {
		return create(organization, actor, fields, null);
	}

	/**
	 * As {@link #create(OrganizationId, Actor, Map)} for a person captured where only some fields are asked (an event
	 * registration asks a name and an email): of the organization's required fields, only those in {@code asked} are
	 * required. The others can be filled in later; the contact page does not insist on fields a contact never had.
	 */
	public ContactView createCaptured(OrganizationId organization, Actor actor, Map<String, @Nullable Object> fields,
			List<String> asked) {
		return create(organization, actor, fields, asked);
	}

	private ContactView create(OrganizationId organization, Actor actor, Map<String, @Nullable Object> fields,
			@Nullable List<String> asked) {
		UUID org = organization.value();
		UUID creator = actor.requireUserId();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = asked == null ? settings.get(org) : settings.get(org).requiringOnly(asked);
			ContactDraft draft = new ContactDraft();
			draft.ownerId = creator;
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(org), true));
			checkOwnerAndTags(org, draft);
			campaigns.settle(organization, draft, null);
			if (draft.email != null) {
				repository.idByEmail(org, draft.email).ifPresent(existing -> {
					throw ContactConflictException.duplicateEmail(existing);
				});
			}
			UUID id = Ids.next();
			insertOrConflict(org, id, draft, creator);
			if (draft.tags != null) {
				repository.replaceTags(org, id, draft.tags);
			}
			ContactView created = repository.find(org, id, false, false).orElseThrow();
			events.publishEvent(new ContactCreated(organization, ContactId.of(id), created.type(),
					created.ownerId() == null ? null : UserId.of(created.ownerId()), UserId.of(creator), Instant.now()));
			return present(created, rules, org);
		});
	}

	/**
	 * Checks fields as {@link #create} (no {@code id}) or {@link #update} would, without saving: an
	 * {@link InvalidContactException} naming every bad field, so a form that already found some can show the rest at
	 * the same time.
	 */
	public void check(OrganizationId organization, Actor actor, @Nullable UUID id,
			Map<String, @Nullable Object> fields) {
		UUID org = organization.value();
		transactions.run(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			ContactDraft draft = id == null ? new ContactDraft()
					: ContactDraft.of(visible(organization, actor, rules, repository.find(org, id, false, true)));
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(org), id == null));
		});
	}

	public ContactView get(OrganizationId organization, Actor actor, UUID id) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			return present(visible(organization, actor, rules, repository.find(org, id, false, false)), rules, org);
		});
	}

	public ContactView update(OrganizationId organization, Actor actor, UUID id, Map<String, @Nullable Object> fields) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			ContactView current = visible(organization, actor, rules, repository.find(org, id, false, true));
			ContactDraft draft = ContactDraft.of(current);
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(org), false));
			checkOwnerAndTags(org, draft);
			campaigns.settle(organization, draft, current);
			if (draft.email != null && !draft.email.equals(current.email())) {
				repository.idByEmail(org, draft.email).filter(other -> !other.equals(id)).ifPresent(other -> {
					throw ContactConflictException.duplicateEmail(other);
				});
			}
			try {
				repository.update(org, id, draft);
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateEmail(null);
			}
			if (draft.tags != null) {
				List<UUID> added = draft.tags.stream().filter(tag -> !current.tags().contains(tag)).toList();
				repository.replaceTags(org, id, draft.tags);
				added.forEach(tag -> interactions.record(org, id, "tag_added", null, Map.of("tagId", tag),
						actor.userId()));
			}
			events.publishEvent(new ContactUpdated(organization, ContactId.of(id), userIdOf(actor), Instant.now()));
			return present(repository.find(org, id, false, false).orElseThrow(), rules, org);
		});
	}

	/**
	 * Moves a contact forward in its lifecycle; anything but an explicit conversion answers 409. A person converts:
	 * {@link ContactConverted} names them.
	 */
	public ContactView convert(OrganizationId organization, Actor actor, UUID id, ContactType to,
			@Nullable String status) {
		actor.requireUserId();
		return convertAs(organization, actor, id, to, status);
	}

	/**
	 * As {@link #convert} for an integration keeping the lifecycle in step with another system: the conversion is
	 * audited as the connection, and {@link ContactConverted} names nobody.
	 */
	public ContactView convertBySync(OrganizationId organization, Actor actor, UUID id, ContactType to) {
		return convertAs(organization, actor, id, to, null);
	}

	private ContactView convertAs(OrganizationId organization, Actor actor, UUID id, ContactType to,
			@Nullable String status) {
		UUID org = organization.value();
		@Nullable UUID convertedBy = actor.userId();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			ContactView current = visible(organization, actor, rules, repository.find(org, id, false, true));
			if (!current.type().conversions().contains(to)) {
				throw ContactConflictException.conversion(current.type().key(), to.key());
			}
			String newStatus = status == null || status.isBlank() ? to.defaultStatus() : status.strip().toLowerCase();
			if (!to.allows(newStatus)) {
				throw InvalidContactException.field("status", "must be one of " + to.statuses() + " for a " + to.key());
			}
			ContactDraft draft = ContactDraft.of(current);
			draft.type = to;
			draft.status = newStatus;
			repository.update(org, id, draft);
			interactions.record(org, id, "conversion", null,
					Map.of("from", current.type().key(), "to", to.key(), "status", newStatus), convertedBy);
			events.publishEvent(new ContactConverted(organization, ContactId.of(id), current.type(), to, newStatus,
					convertedBy == null ? null : UserId.of(convertedBy), Instant.now()));
			return present(repository.find(org, id, false, false).orElseThrow(), rules, org);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		UUID org = organization.value();
		transactions.run(organization, actor, () -> {
			visible(organization, actor, settings.get(org), repository.find(org, id, false, true));
			if (repository.softDelete(org, id)) {
				events.publishEvent(new ContactDeleted(organization, ContactId.of(id), userIdOf(actor), Instant.now()));
			}
		});
	}

	private static @Nullable UserId userIdOf(Actor actor) {
		return actor.userId() == null ? null : UserId.of(actor.userId());
	}

	public ContactView restore(OrganizationId organization, Actor actor, UUID id) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			ContactView deleted = visible(organization, actor, rules, repository.find(org, id, true, true));
			if (deleted.deletedAt() == null) {
				return present(deleted, rules, org);
			}
			if (deleted.email() != null && repository.idByEmail(org, deleted.email()).isPresent()) {
				throw ContactConflictException.duplicateEmail(repository.idByEmail(org, deleted.email()).get());
			}
			repository.restore(org, id);
			return present(repository.find(org, id, false, false).orElseThrow(), rules, org);
		});
	}

	private ContactView visible(OrganizationId organization, Actor actor, ContactSettings rules,
			java.util.Optional<ContactView> contact) {
		return contact.filter(c -> visibility.mayAccess(organization, actor, rules, c))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}

	public ContactView present(ContactView contact, ContactSettings rules, UUID org) {
		return rules.privacyMode() ? contact.redacted(ContactEditor.freeTextFields(customFields.definitions(org)))
				: contact;
	}

	private void checkOwnerAndTags(UUID org, ContactDraft draft) {
		if (draft.ownerId != null && members.roleOf(OrganizationId.of(org), draft.ownerId).isEmpty()) {
			throw InvalidContactException.field("ownerId", "is not a member of this organization");
		}
		if (draft.tags != null && !draft.tags.isEmpty() && repository.countTags(org, draft.tags) != draft.tags.size()) {
			throw InvalidContactException.field("tags", "contains an id that is not a tag of this organization");
		}
	}

	private void insertOrConflict(UUID org, UUID id, ContactDraft draft, UUID createdBy) {
		try {
			repository.insert(org, id, draft, createdBy);
		}
		catch (DuplicateKeyException ex) {
			// A concurrent create won the race; the aborted transaction cannot look the winner up.
			throw ContactConflictException.duplicateEmail(null);
		}
	}
}
