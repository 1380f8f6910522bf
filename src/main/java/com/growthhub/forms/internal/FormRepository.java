package com.growthhub.forms.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/** Forms and their frozen versions; every query names the organization (row-level security checks it again). */
@Repository
class FormRepository {

	private final JdbcClient jdbc;

	FormRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record FormRow(UUID id, UUID organizationId, String name, String definition, @Nullable Integer publishedVersion,
			@Nullable UUID createdBy, Instant createdAt, Instant updatedAt, boolean draftIsLive) {
	}

	/** The live version of a form as the public endpoints need it, found by id alone (system scope). */
	record LiveRow(UUID formId, UUID organizationId, int version, String definition, @Nullable UUID createdBy) {
	}

	record VersionRow(int version, String definition, @Nullable UUID publishedBy, Instant publishedAt) {
	}

	void insert(OrganizationId organization, UUID id, String name, String definition, @Nullable UUID createdBy) {
		jdbc.sql("""
				insert into forms (id, organization_id, name, definition, created_by) values (?, ?, ?, ?::jsonb, ?)
				""").params(id, organization.value(), name, definition, createdBy).update();
	}

	Optional<FormRow> find(OrganizationId organization, UUID id) {
		return jdbc.sql("""
				select f.id, f.organization_id, f.name, f.definition::text as definition, f.published_version, f.created_by,
				  f.created_at, f.updated_at, coalesce((select v.definition = f.definition from form_versions v
				    where v.form_id = f.id and v.version = f.published_version), false) as draft_is_live from forms f where f.organization_id = ? and f.id = ? and f.deleted_at is null
				""").params(organization.value(), id).query(FormRow.class).optional();
	}

	List<FormRow> list(OrganizationId organization, @Nullable String q, @Nullable PageCursor cursor, int limit) {
		return jdbc.sql("""
				select f.id, f.organization_id, f.name, f.definition::text as definition, f.published_version, f.created_by,
				  f.created_at, f.updated_at, coalesce((select v.definition = f.definition from form_versions v
				    where v.form_id = f.id and v.version = f.published_version), false) as draft_is_live from forms f
				where f.organization_id = ? and f.deleted_at is null
				  and (?::text is null or f.name ilike '%' || ? || '%')
				  and (?::timestamptz is null or (f.updated_at, f.id) < (?::timestamptz, ?::uuid))
				order by f.updated_at desc, f.id desc limit ?
				""").params(organization.value(), q, q, ts(cursor), ts(cursor), cursor == null ? null : cursor.id(), limit)
			.query(FormRow.class).list();
	}

	boolean update(OrganizationId organization, UUID id, String name, String definition) {
		return jdbc.sql("""
				update forms set name = ?, definition = ?::jsonb, updated_at = now()
				where organization_id = ? and id = ? and deleted_at is null
				""").params(name, definition, organization.value(), id).update() == 1;
	}

	boolean delete(OrganizationId organization, UUID id) {
		return jdbc.sql("update forms set deleted_at = now() where organization_id = ? and id = ? and deleted_at is null")
			.params(organization.value(), id).update() == 1;
	}

	/** Freezes the draft as the next version and makes it live; answers its number. */
	int publish(OrganizationId organization, UUID id, @Nullable UUID publishedBy, UUID versionId) {
		int version = jdbc.sql("""
				update forms set published_version = coalesce(published_version, 0) + 1, updated_at = now()
				where organization_id = ? and id = ? and deleted_at is null returning published_version
				""").params(organization.value(), id).query(Integer.class).single();
		jdbc.sql("""
				insert into form_versions (id, organization_id, form_id, version, definition, published_by)
				select ?, organization_id, id, ?, definition, ? from forms where organization_id = ? and id = ?
				""").params(versionId, version, publishedBy, organization.value(), id).update();
		return version;
	}

	List<VersionRow> versions(OrganizationId organization, UUID id) {
		return jdbc.sql("""
				select version, definition::text as definition, published_by, published_at from form_versions
				where organization_id = ? and form_id = ? order by version desc
				""").params(organization.value(), id).query(VersionRow.class).list();
	}

	Optional<String> version(OrganizationId organization, UUID id, int version) {
		return jdbc.sql("""
				select definition::text from form_versions where organization_id = ? and form_id = ? and version = ?
				""").params(organization.value(), id, version).query(String.class).optional();
	}

	/** Needs a system-scope transaction: the caller knows only the form's id. */
	Optional<LiveRow> live(UUID formId) {
		return jdbc.sql("""
				select f.id as form_id, f.organization_id, v.version, v.definition::text as definition, f.created_by
				from forms f join form_versions v on v.form_id = f.id and v.version = f.published_version
				where f.id = ? and f.deleted_at is null
				""").param(formId).query(LiveRow.class).optional();
	}

	private static @Nullable Timestamp ts(@Nullable PageCursor cursor) {
		return cursor == null ? null : Timestamp.from(cursor.instant());
	}
}
