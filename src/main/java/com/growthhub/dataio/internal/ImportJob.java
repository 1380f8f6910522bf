package com.growthhub.dataio.internal;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.growthhub.contacts.ContactImports;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** An import job as the runner needs it: its state, what to read, and how to map and merge it. */
record ImportJob(UUID id, UUID organization, UUID user, String fileName, ImportStatus status, int attempts,
		boolean cancelRequested, Map<String, String> mapping, List<String> headers, ContactImports.Options options,
		Path file, Path errorFile) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	OrganizationId organizationId() {
		return OrganizationId.of(organization);
	}

	/** The person who started the import: its new contacts are theirs. */
	Actor startedBy() {
		return new Actor.User(user);
	}

	/**
	 * The scope the job works in: the import job, for the person who started it. The audit trail records its
	 * changes as {@code job:contact-import} with that person's id, as it always has.
	 */
	TenantScope scope() {
		return new TenantScope(organizationId(), user, new Actor.Job("contact-import"), false);
	}

	/** Reads a row of {@code imports}; its files are in {@code dataDir}. */
	static ImportJob of(ResultSet rs, Path dataDir) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID organization = rs.getObject("organization_id", UUID.class);
		Path folder = ImportFiles.folder(dataDir, organization);
		java.sql.Array tags = rs.getArray("tag_ids");
		List<UUID> tagIds = tags == null ? List.of() : List.of((UUID[]) tags.getArray());
		return new ImportJob(id, organization, rs.getObject("created_by", UUID.class), rs.getString("file_name"),
				ImportStatus.of(rs.getString("status")), rs.getInt("attempts"), rs.getBoolean("cancel_requested"),
				JSON.readValue(rs.getString("mapping"), new TypeReference<LinkedHashMap<String, String>>() {
				}), JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
				}),
				new ContactImports.Options(ContactImports.DedupePolicy.valueOf(rs.getString("dedupe_policy")),
						rs.getObject("list_id", UUID.class), tagIds, ContactImports.BadValues.valueOf(rs.getString("bad_values")),
						rs.getBoolean("fill_empty_only")),
				ImportFiles.fileOf(folder, id), ImportFiles.errorFileOf(folder, id));
	}
}
