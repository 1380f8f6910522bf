package com.growthhub.contacts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.merge.MergeUndo;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * Deletes for good the contacts that have been in the trash longer than their organization's
 * retention period. A merged duplicate stays while its merge can still be undone.
 */
@Service
public class TrashRetention {

	/** Small transactions, so that a large backlog never holds locks for long. */
	static final int BATCH = 5000;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	TrashRetention(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** Purges every organization's expired trash; answers how many contacts were deleted. */
	public int purge() {
		int total = 0;
		int removed;
		do {
			removed = transactions.call(TenantScope.system(new Actor.Job("contact-trash-retention")), () -> jdbc.sql("""
					delete from contacts where id in (
					  select c.id from contacts c
					  where c.deleted_at is not null
					    and c.deleted_at < now() - make_interval(days => coalesce(
					      (select s.trash_retention_days from contact_settings s where s.organization_id = c.organization_id), ?))
					    and not exists (select 1 from contact_merges m where m.duplicate_id = c.id and m.undone_at is null
					                    and m.merged_at > now() - make_interval(days => ?))
					  limit ?)
					""").params(ContactSettings.defaults().trashRetentionDays(), MergeUndo.UNDO_DAYS, BATCH).update());
			total += removed;
		}
		while (removed == BATCH);
		return total;
	}
}
