package com.growthhub.contacts.internal.search;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/**
 * The contacts' GIN indexes (full-text search, custom fields) take new entries into their pending lists, which
 * are large (V17), so that no single write pays for merging them: this merges them in one sorted pass, right
 * after an import and every few seconds in the background. Searches read the pending entries until then.
 */
@Component
public class PendingIndexEntries {

	/** The advisory lock key an import holds shared for its whole transaction. */
	private static final long IMPORTING = 0x636f6e7461637473L;
	private static final String MERGE = "select gin_clean_pending_list('contacts_search_fts_idx') "
			+ "+ gin_clean_pending_list('contacts_custom_fields_idx')";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	PendingIndexEntries(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** @return how many pending-list pages were merged */
	public long merge() {
		return transactions.call(TenantScope.system(new Actor.Job("contact-index-merge")), () -> jdbc.sql(MERGE)
			.query(Long.class).single());
	}

	/**
	 * The background merge: skipped while an import runs (it holds {@link #IMPORTING} shared), which merges all it
	 * added right after it commits; merging its entries meanwhile would take a core from it.
	 * @return how many pages were merged, or -1 when an import was running
	 */
	long mergeUnlessImporting() {
		return transactions.call(TenantScope.system(new Actor.Job("contact-index-merge")), () -> jdbc.sql(
				"select case when pg_try_advisory_xact_lock(?) then (" + MERGE + ") else -1 end").param(IMPORTING)
			.query(Long.class).single());
	}

	/** Taken shared by an import's transaction. */
	public void importing() {
		jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(IMPORTING).query().singleRow();
	}
}
