package com.growthhub.contacts.internal.merge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactsMerged;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactDraft;
import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.ContactRepository;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * Merges a duplicate into a primary contact in one transaction: the chosen field values, the
 * duplicate's timeline, tags, lists and external ids move over, the duplicate goes to the trash, and
 * a snapshot of both lets {@link MergeUndo} put everything back. Row triggers audit every change.
 */
@Service
public class Merges {

	private final ContactRepository contacts;
	private final MergeRepository merges;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final Contacts presenter;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	Merges(ContactRepository contacts, MergeRepository merges, ContactSettingsStore settings, CustomFields customFields,
			Contacts presenter, TenantTransactions transactions, ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.merges = merges;
		this.settings = settings;
		this.customFields = customFields;
		this.presenter = presenter;
		this.transactions = transactions;
		this.events = events;
	}

	public record Merged(UUID mergeId, ContactView contact) {
	}

	public Merged merge(CurrentUser user, UUID primaryId, UUID duplicateId, Map<String, String> picks) {
		FieldPicks.check(picks);
		if (primaryId.equals(duplicateId)) {
			throw ContactConflictException.mergeSelf();
		}
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			ContactSettings rules = settings.get(organization);
			// Locked in id order so that two merges of the same pair cannot deadlock.
			Stream.of(primaryId, duplicateId).sorted(Comparator.naturalOrder())
				.forEach(id -> contacts.find(organization, id, true, true));
			ContactView primary = accessible(user, rules, organization, primaryId);
			ContactView duplicate = accessible(user, rules, organization, duplicateId);
			if (primary.deletedAt() != null || duplicate.deletedAt() != null) {
				throw ContactConflictException.mergeTrashed();
			}
			List<String> shared = merges.sharedPlatforms(primaryId, duplicateId);
			if (!shared.isEmpty()) {
				throw ContactConflictException.externalIdTaken(shared.getFirst().toLowerCase());
			}
			ContactDraft merged = FieldPicks.merge(ContactDraft.of(primary), ContactDraft.of(duplicate), picks,
					rules.privacyMode(), ContactEditor.freeTextFields(customFields.definitions(organization)));
			String snapshot = merges.snapshot(primaryId, duplicateId);
			Map<String, List<UUID>> moved = merges.move(primaryId, duplicateId);
			// The duplicate leaves first: the primary may take over its email, which is unique among live rows.
			contacts.softDelete(organization, duplicateId);
			contacts.update(organization, primaryId, merged);
			merges.recount(primaryId, rules.scoring());
			UUID mergeId = Ids.next();
			merges.record(mergeId, organization, primaryId, duplicateId, snapshot, moved, user.userId());
			events.publishEvent(new ContactsMerged(OrganizationId.of(organization), mergeId, ContactId.of(primaryId),
					ContactId.of(duplicateId), UserId.of(user.userId()), Instant.now()));
			return new Merged(mergeId, presenter.present(contacts.find(organization, primaryId, false, false).orElseThrow(),
					rules, organization));
		});
	}

	private ContactView accessible(CurrentUser user, ContactSettings rules, UUID organization, UUID id) {
		return contacts.find(organization, id, true, false)
			.filter(contact -> Contacts.mayAccess(user, rules, contact))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}
}
