package com.growthhub.contacts.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code contact_settings}; an organization without a row has the defaults. */
@Component
public class ContactSettingsStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ContactSettingsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ContactSettings get(UUID organizationId) {
		return jdbc.sql("""
				select privacy_mode, member_visibility, default_region, scoring::text as scoring, trash_retention_days,
				  array_to_string(required_fields, ',') as required_fields
				from contact_settings where organization_id = ?
				""").param(organizationId).query((rs, n) -> new ContactSettings(rs.getBoolean("privacy_mode"),
				"OWN".equals(rs.getString("member_visibility")), rs.getString("default_region"),
				scoring(rs.getString("scoring")), rs.getInt("trash_retention_days"),
				List.of(rs.getString("required_fields").split(","))))
			.optional()
			.orElse(ContactSettings.defaults());
	}

	public void save(UUID organizationId, ContactSettings settings) {
		jdbc.sql("""
				insert into contact_settings (organization_id, privacy_mode, member_visibility, default_region, scoring,
				  trash_retention_days, required_fields, updated_at)
				values (:org, :privacy, :visibility, :region, cast(:scoring as jsonb), :retention,
				  string_to_array(:required, ','), now())
				on conflict (organization_id) do update set privacy_mode = excluded.privacy_mode,
				  member_visibility = excluded.member_visibility, default_region = excluded.default_region,
				  scoring = excluded.scoring, trash_retention_days = excluded.trash_retention_days,
				  required_fields = excluded.required_fields, updated_at = now()
				""")
			.param("org", organizationId)
			.param("privacy", settings.privacyMode())
			.param("visibility", settings.ownOnly() ? "OWN" : "ALL")
			.param("region", settings.defaultRegion())
			.param("scoring", JSON.writeValueAsString(settings.scoring()))
			.param("retention", settings.trashRetentionDays())
			.param("required", String.join(",", settings.requiredFields()))
			.update();
	}

	private static Map<String, Integer> scoring(String json) {
		Map<String, Integer> stored = JSON.readValue(json, new TypeReference<Map<String, Integer>>() {
		});
		return stored.isEmpty() ? ContactSettings.DEFAULT_SCORING : stored;
	}
}
