package com.growthhub.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.growthhub.shared.OrganizationId;

/**
 * How a module's audited records read in the audit log: which entity types its tables record (the argument of their
 * {@code audit_row_change} trigger), the display names of its records, and which of its columns hold the id of
 * another record. Identity's log asks every implementation, so that a person reads "Updated contact Ada Lovelace",
 * "Stage: Proposal → Won", not ids. Labels for the types and columns live in the module's message bundle
 * ({@code audit.entity.<type>}, {@code audit.field.<type>.<column>} or {@code audit.field.<column>}).
 */
public interface AuditedRecords {

	/** The entity types this module records, e.g. {@code deal}, {@code pipeline_stage}. */
	Set<String> entityTypes();

	/**
	 * The columns of this module's records that hold the id (or an array of ids) of a record, and that record's entity
	 * type, e.g. {@code stage_id → pipeline_stage}. Identity lists the usual columns holding a person's id
	 * ({@code owner_id}, {@code created_by}, {@code assignee_id} …) as {@code user}.
	 */
	Map<String, String> references();

	/**
	 * The display names of those records of {@code entityType} (one of {@link #entityTypes()}) among {@code ids} that
	 * still exist in the organization; the others are left out and shown by a short id.
	 */
	Map<UUID, String> names(OrganizationId organization, String entityType, Collection<UUID> ids);
}
