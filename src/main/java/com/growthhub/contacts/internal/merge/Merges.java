package com.growthhub.contacts.internal.merge;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactsMerged;
import com.growthhub.contacts.internal.ContactCampaignLinks;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactDraft;
import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.ContactRepository;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.ContactVisibility;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
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
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;
	private final ContactCampaignLinks campaignLinks;

	Merges(ContactRepository contacts, MergeRepository merges, ContactSettingsStore settings, CustomFields customFields,
			Contacts presenter, ContactVisibility visibility, TenantTransactions transactions,
			ApplicationEventPublisher events, ContactCampaignLinks campaignLinks) {
		this.campaignLinks = campaignLinks;
		this.contacts = contacts;
		this.merges = merges;
		this.settings = settings;
		this.customFields = customFields;
		this.presenter = presenter;
		this.visibility = visibility;
		this.transactions = transactions;
		this.events = events;
	}

	public record Merged(UUID mergeId, ContactView contact) {
	}

	/** A person merges: {@link ContactsMerged} and the merge record name them. */
	public Merged merge(OrganizationId organization, Actor actor, UUID primaryId, UUID duplicateId,
			Map<String, String> picks) {
		FieldPicks.check(picks);
		if (primaryId.equals(duplicateId)) {
			throw ContactConflictException.mergeSelf();
		}
		UUID org = organization.value();
		UUID mergedBy = actor.requireUserId();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			// Locked in id order so that two merges of the same pair cannot deadlock.
			Stream.of(primaryId, duplicateId).sorted(Comparator.naturalOrder())
				.forEach(id -> contacts.find(org, id, true, true));
			UUID onlyOwner = visibility.onlyOwner(organization, actor, rules);
			ContactView primary = accessible(onlyOwner, org, primaryId);
			ContactView duplicate = accessible(onlyOwner, org, duplicateId);
			if (primary.deletedAt() != null || duplicate.deletedAt() != null) {
				throw ContactConflictException.mergeTrashed();
			}
			List<String> shared = merges.sharedPlatforms(primaryId, duplicateId);
			if (!shared.isEmpty()) {
				throw ContactConflictException.externalIdTaken(shared.getFirst().toLowerCase());
			}
			ContactDraft merged = FieldPicks.merge(ContactDraft.of(primary), ContactDraft.of(duplicate), picks,
					rules.privacyMode(), ContactEditor.freeTextFields(customFields.definitions(org)));
			String snapshot = merges.snapshot(primaryId, duplicateId);
			Map<String, List<UUID>> moved = merges.move(primaryId, duplicateId);
			// The duplicate leaves first: the primary may take over its email, which is unique among live rows.
			contacts.softDelete(org, duplicateId);
			contacts.update(org, primaryId, merged);
			// A campaign picked from a duplicate that only had its name gets its reference here.
			campaignLinks.link(organization);
			merges.recount(primaryId, rules.scoring());
			UUID mergeId = Ids.next();
			merges.record(mergeId, org, primaryId, duplicateId, snapshot, moved, mergedBy);
			events.publishEvent(new ContactsMerged(organization, mergeId, ContactId.of(primaryId),
					ContactId.of(duplicateId), UserId.of(mergedBy), Instant.now()));
			return new Merged(mergeId, presenter.present(contacts.find(org, primaryId, false, false).orElseThrow(),
					rules, org));
		});
	}

	private ContactView accessible(@Nullable UUID onlyOwner, UUID org, UUID id) {
		return contacts.find(org, id, true, false)
			.filter(contact -> ContactVisibility.allows(onlyOwner, contact))
			.orElseThrow(() -> NotFoundException.of("Contact"));
	}
}
