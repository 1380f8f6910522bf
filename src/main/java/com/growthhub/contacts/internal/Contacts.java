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
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.TenantContext;
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
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	Contacts(ContactRepository repository, ContactEditor editor, ContactSettingsStore settings, CustomFields customFields,
			Interactions interactions, Members members, TenantTransactions transactions, ApplicationEventPublisher events) {
		this.repository = repository;
		this.editor = editor;
		this.settings = settings;
		this.customFields = customFields;
		this.interactions = interactions;
		this.members = members;
		this.transactions = transactions;
		this.events = events;
	}

	public ContactView create(CurrentUser user, Map<String, @Nullable Object> fields) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			ContactDraft draft = new ContactDraft();
			draft.ownerId = user.userId();
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(organization), true));
			checkOwnerAndTags(organization, draft);
			if (draft.email != null) {
				repository.idByEmail(organization, draft.email).ifPresent(existing -> {
					throw ContactConflictException.duplicateEmail(existing);
				});
			}
			UUID id = Ids.next();
			insertOrConflict(organization, id, draft, user.userId());
			if (draft.tags != null) {
				repository.replaceTags(organization, id, draft.tags);
			}
			ContactView created = repository.find(organization, id, false, false).orElseThrow();
			events.publishEvent(new ContactCreated(OrganizationId.of(organization), ContactId.of(id), created.type(),
					created.ownerId() == null ? null : UserId.of(created.ownerId()), UserId.of(user.userId()), Instant.now()));
			return present(created, rules, organization);
		});
	}

	/**
	 * Checks fields as {@link #create} (no {@code id}) or {@link #update} would, without saving: an
	 * {@link InvalidContactException} naming every bad field, so a form that already found some can show the rest at
	 * the same time.
	 */
	public void check(CurrentUser user, @Nullable UUID id, Map<String, @Nullable Object> fields) {
		UUID organization = user.organization().value();
		transactions.run(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			ContactDraft draft = id == null ? new ContactDraft()
					: ContactDraft.of(visible(user, rules, repository.find(organization, id, false, true)));
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(organization), id == null));
		});
	}

	public ContactView get(CurrentUser user, UUID id) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			return present(visible(user, rules, repository.find(organization, id, false, false)), rules, organization);
		});
	}

	public ContactView update(CurrentUser user, UUID id, Map<String, @Nullable Object> fields) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			ContactView current = visible(user, rules, repository.find(organization, id, false, true));
			ContactDraft draft = ContactDraft.of(current);
			editor.apply(draft, fields, new ContactEditor.Context(rules, customFields.definitions(organization), false));
			checkOwnerAndTags(organization, draft);
			if (draft.email != null && !draft.email.equals(current.email())) {
				repository.idByEmail(organization, draft.email).filter(other -> !other.equals(id)).ifPresent(other -> {
					throw ContactConflictException.duplicateEmail(other);
				});
			}
			try {
				repository.update(organization, id, draft);
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateEmail(null);
			}
			if (draft.tags != null) {
				List<UUID> added = draft.tags.stream().filter(tag -> !current.tags().contains(tag)).toList();
				repository.replaceTags(organization, id, draft.tags);
				added.forEach(tag -> interactions.record(organization, id, "tag_added", null, Map.of("tagId", tag),
						user.userId()));
			}
			return present(repository.find(organization, id, false, false).orElseThrow(), rules, organization);
		});
	}

	/** Moves a contact forward in its lifecycle; anything but an explicit conversion answers 409. */
	public ContactView convert(CurrentUser user, UUID id, ContactType to, @Nullable String status) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			ContactView current = visible(user, rules, repository.find(organization, id, false, true));
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
			repository.update(organization, id, draft);
			interactions.record(organization, id, "conversion", null,
					Map.of("from", current.type().key(), "to", to.key(), "status", newStatus), user.userId());
			events.publishEvent(new ContactConverted(OrganizationId.of(organization), ContactId.of(id), current.type(), to,
					newStatus, UserId.of(user.userId()), Instant.now()));
			return present(repository.find(organization, id, false, false).orElseThrow(), rules, organization);
		});
	}

	public void delete(CurrentUser user, UUID id) {
		UUID organization = user.organization().value();
		transactions.run(TenantContext.current(), () -> {
			visible(user, settings.get(organization), repository.find(organization, id, false, true));
			repository.softDelete(organization, id);
		});
	}

	public ContactView restore(CurrentUser user, UUID id) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			ContactView deleted = visible(user, rules, repository.find(organization, id, true, true));
			if (deleted.deletedAt() == null) {
				return present(deleted, rules, organization);
			}
			if (deleted.email() != null && repository.idByEmail(organization, deleted.email()).isPresent()) {
				throw ContactConflictException.duplicateEmail(repository.idByEmail(organization, deleted.email()).get());
			}
			repository.restore(organization, id);
			return present(repository.find(organization, id, false, false).orElseThrow(), rules, organization);
		});
	}

	/** Members of an organization with "own contacts only" see just what they own; managers and up see all. */
	public static boolean mayAccess(CurrentUser user, ContactSettings rules, ContactView contact) {
		return !restricted(user, rules) || user.userId().equals(contact.ownerId());
	}

	public static boolean restricted(CurrentUser user, ContactSettings rules) {
		return rules.ownOnly() && !user.hasRole(Role.MANAGER);
	}

	private ContactView visible(CurrentUser user, ContactSettings rules, java.util.Optional<ContactView> contact) {
		return contact.filter(c -> mayAccess(user, rules, c)).orElseThrow(() -> NotFoundException.of("Contact"));
	}

	public ContactView present(ContactView contact, ContactSettings rules, UUID organization) {
		return rules.privacyMode() ? contact.redacted(ContactEditor.freeTextFields(customFields.definitions(organization)))
				: contact;
	}

	private void checkOwnerAndTags(UUID organization, ContactDraft draft) {
		if (draft.ownerId != null && members.roleOf(OrganizationId.of(organization), draft.ownerId).isEmpty()) {
			throw InvalidContactException.field("ownerId", "is not a member of this organization");
		}
		if (draft.tags != null && !draft.tags.isEmpty() && repository.countTags(organization, draft.tags) != draft.tags.size()) {
			throw InvalidContactException.field("tags", "contains an id that is not a tag of this organization");
		}
	}

	private void insertOrConflict(UUID organization, UUID id, ContactDraft draft, UUID createdBy) {
		try {
			repository.insert(organization, id, draft, createdBy);
		}
		catch (DuplicateKeyException ex) {
			// A concurrent create won the race; the aborted transaction cannot look the winner up.
			throw ContactConflictException.duplicateEmail(null);
		}
	}
}
