package com.growthhub.contacts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

import com.growthhub.contacts.ContactType;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The one SELECT list and row mapper for contacts, tags included as an array. */
public final class ContactRows {

	public static final String COLUMNS = """
			c.id, c.type, c.status, c.first_name, c.last_name, c.email, c.phone, c.company, c.job_title, c.linkedin_url,
			c.industry, c.business_type, c.network_type, c.priority, c.source, c.campaign, c.campaign_id, c.ad_platform, c.owner_id,
			c.lead_score, c.notes, c.custom_fields::text as custom_fields,
			array(select t.tag_id from contact_tags t where t.contact_id = c.id order by t.created_at) as tag_ids,
			c.interaction_count, c.last_interaction_at, c.created_by, c.created_at, c.updated_at, c.deleted_at, c.version
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static final RowMapper<ContactView> MAPPER = ContactRows::map;

	private ContactRows() {
	}

	private static ContactView map(ResultSet rs, int row) throws SQLException {
		return new ContactView(rs.getObject("id", UUID.class), ContactType.valueOf(rs.getString("type")),
				rs.getString("status"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
				rs.getString("phone"), rs.getString("company"), rs.getString("job_title"), rs.getString("linkedin_url"),
				rs.getString("industry"), rs.getString("business_type"), rs.getString("network_type"),
				lower(rs.getString("priority")), lower(rs.getString("source")), rs.getString("campaign"),
				rs.getObject("campaign_id", UUID.class),				rs.getString("ad_platform"), rs.getObject("owner_id", UUID.class), rs.getInt("lead_score"),
				rs.getString("notes"), JSON.readValue(rs.getString("custom_fields"), new TypeReference<Map<String, Object>>() {
				}), tagIds(rs), rs.getInt("interaction_count"), instant(rs.getTimestamp("last_interaction_at")),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), instant(rs.getTimestamp("deleted_at")), rs.getLong("version"));
	}

	private static List<UUID> tagIds(ResultSet rs) throws SQLException {
		java.sql.Array array = rs.getArray("tag_ids");
		return array == null ? List.of() : Arrays.asList((UUID[]) array.getArray());
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static @Nullable String lower(@Nullable String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}
}
