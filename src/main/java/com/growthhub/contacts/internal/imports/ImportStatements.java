package com.growthhub.contacts.internal.imports;

import java.util.List;

/**
 * The statements that write an import's new contacts and memberships, for both sessions of a large import: the
 * import's own (from its temporary {@code import_rows}) and the second one (from {@code contact_import_parts}).
 * Each takes the rows of {@code source} that {@code where} selects.
 */
final class ImportStatements {

	/** The staged columns, in COPY order. */
	static final List<String> STAGED = List.of("type", "status", "first_name", "last_name", "email", "phone", "company",
			"job_title", "linkedin_url", "industry", "business_type", "network_type", "priority", "campaign", "ad_platform",
			"notes", "custom_fields");

	private ImportStatements() {
	}

	/** Parameters: organization, owner, creator. */
	static String insertContacts(String source, String where) {
		return "insert into contacts (id, organization_id, " + String.join(", ", STAGED) + ", source, owner_id, created_by) "
				+ "select new_id, ?, " + String.join(", ", STAGED) + ", 'CSV', ?, ? from " + source + " where " + where;
	}

	/** Parameters: organization, list, organization, import, list. */
	static String addToList(String source, String contact, String where) {
		return """
				with added as (
				    insert into list_members (organization_id, list_id, contact_id)
				    select ?, ?, %s from %s where %s
				    on conflict do nothing returning contact_id
				)
				insert into contact_import_memberships (organization_id, import_id, contact_id, list_id)
				select ?, ?, contact_id, ? from added
				""".formatted(contact, source, where);
	}

	/** Parameters: organization, tag, organization, import, tag. */
	static String addTag(String source, String contact, String where) {
		return """
				with added as (
				    insert into contact_tags (organization_id, contact_id, tag_id)
				    select ?, %s, ? from %s where %s
				    on conflict do nothing returning contact_id
				)
				insert into contact_import_memberships (organization_id, import_id, contact_id, tag_id)
				select ?, ?, contact_id, ? from added
				""".formatted(contact, source, where);
	}
}
