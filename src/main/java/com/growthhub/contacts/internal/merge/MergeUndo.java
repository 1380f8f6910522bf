package com.growthhub.contacts.internal.merge;

import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.ContactRepository;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.Contacts;
import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;

/** Undoes a merge once, within {@value #UNDO_DAYS} days: both contacts come back as they were. */
@Service
public class MergeUndo {

	public static final int UNDO_DAYS = 30;

	private final ContactRepository contacts;
	private final MergeRepository merges;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;

	MergeUndo(ContactRepository contacts, MergeRepository merges, ContactSettingsStore settings,
			TenantTransactions transactions) {
		this.contacts = contacts;
		this.merges = merges;
		this.settings = settings;
		this.transactions = transactions;
	}

	public void undo(CurrentUser user, UUID mergeId) {
		UUID organization = user.organization().value();
		transactions.run(TenantContext.current(), () -> {
			MergeRepository.StoredMerge merge = merges.lock(organization, mergeId, UNDO_DAYS)
				.orElseThrow(() -> NotFoundException.of("Merge"));
			contacts.find(organization, merge.primaryId(), true, true)
				.filter(contact -> Contacts.mayAccess(user, settings.get(organization), contact))
				.orElseThrow(() -> NotFoundException.of("Merge"));
			if (merge.undone()) {
				throw ContactConflictException.undoNotPossible("This merge has already been undone.");
			}
			if (merge.expired()) {
				throw ContactConflictException.undoNotPossible("A merge can be undone for " + UNDO_DAYS + " days only.");
			}
			if (contacts.find(organization, merge.duplicateId(), true, true).isEmpty()) {
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
		});
	}
}
