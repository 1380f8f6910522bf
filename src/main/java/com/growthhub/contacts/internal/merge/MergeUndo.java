package com.growthhub.contacts.internal.merge;

import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactCampaignLinks;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactRepository;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactVisibility;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/** Undoes a merge once, within {@value #UNDO_DAYS} days: both contacts come back as they were. */
@Service
public class MergeUndo {

	public static final int UNDO_DAYS = 30;

	private final ContactRepository contacts;
	private final MergeRepository merges;
	private final ContactSettingsStore settings;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final ContactCampaignLinks campaignLinks;

	MergeUndo(ContactRepository contacts, MergeRepository merges, ContactSettingsStore settings,
			ContactVisibility visibility, TenantTransactions transactions, ContactCampaignLinks campaignLinks) {
		this.campaignLinks = campaignLinks;
		this.contacts = contacts;
		this.merges = merges;
		this.settings = settings;
		this.visibility = visibility;
		this.transactions = transactions;
	}

	public void undo(OrganizationId organization, Actor actor, UUID mergeId) {
		UUID org = organization.value();
		transactions.run(organization, actor, () -> {
			MergeRepository.StoredMerge merge = merges.lock(org, mergeId, UNDO_DAYS)
				.orElseThrow(() -> NotFoundException.of("Merge"));
			contacts.find(org, merge.primaryId(), true, true)
				.filter(contact -> visibility.mayAccess(organization, actor, settings.get(org), contact))
				.orElseThrow(() -> NotFoundException.of("Merge"));
			if (merge.undone()) {
				throw ContactConflictException.undoNotPossible("This merge has already been undone.");
			}
			if (merge.expired()) {
				throw ContactConflictException.undoNotPossible("A merge can be undone for " + UNDO_DAYS + " days only.");
			}
			if (contacts.find(org, merge.duplicateId(), true, true).isEmpty()) {
				throw ContactConflictException.undoNotPossible("The merged contact has been purged from the trash.");
			}
			merges.moveBack(merge);
			merges.restoreRow(merge.snapshot(), "primary");
			try {
				merges.restoreRow(merge.snapshot(), "duplicate");
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.undoNotPossible(
						"Another contact has taken the merged contact's email since the merge.");
			}
			merges.markUndone(mergeId);
			// Snapshots taken before campaigns were references hold only the name.
			campaignLinks.link(organization);
		});
	}
}
