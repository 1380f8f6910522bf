package com.growthhub.integrations.internal.sync;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per connection and contact, the values of the mapped fields as both sides last agreed on them. A local value equal
 * to its synced one did not change here (so is not pushed: no echo); a remote value equal to it did not change there.
 */
@Repository
class SyncLinks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	SyncLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Link(UUID contactId, String externalId, Map<String, String> synced) {
	}

	record Synced(UUID contactId, String externalId, Map<String, String> values, @Nullable Instant remoteModifiedAt) {
	}

	Map<UUID, Link> of(UUID connectionId, Collection<UUID> contactIds) {
		Map<UUID, Link> links = new HashMap<>();
		if (contactIds.isEmpty()) {
			return links;
		}
		jdbc.sql("select contact_id, external_id, synced_values::text from integration_links where connection_id = ? and contact_id = any(?)")
			.params(connectionId, contactIds.toArray(UUID[]::new))
			.query((rs, n) -> links.put(rs.getObject(1, UUID.class), new Link(rs.getObject(1, UUID.class), rs.getString(2),
					JSON.readValue(rs.getString(3), new TypeReference<Map<String, String>>() {
					}))))
			.list();
		return links;
	}

	List<UUID> contactsOf(UUID connectionId, Collection<String> externalIds) {
		return jdbc.sql("select contact_id from integration_links where connection_id = ? and external_id = any(?)")
			.params(connectionId, externalIds.toArray(String[]::new))
			.query(UUID.class)
			.list();
	}

	/** Records what was synced; {@code merge} keeps the synced values of fields this sync did not carry. */
	void save(OrganizationId organization, UUID connectionId, List<Synced> synced, boolean merge) {
		if (synced.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = synced.stream().map(s -> {
			Map<String, Object> row = new HashMap<>();
			row.put("contact_id", s.contactId());
			row.put("external_id", s.externalId());
			row.put("synced_values", s.values());
			row.put("remote_modified_at", s.remoteModifiedAt() == null ? null : s.remoteModifiedAt().toString());
			return row;
		}).toList();
		String json = JSON.writeValueAsString(rows);
		// An id at the provider now belongs to another contact (the old one was trashed, say): the link moves.
		jdbc.sql("""
				delete from integration_links l using jsonb_to_recordset(?::jsonb) as r(contact_id uuid, external_id text)
				where l.connection_id = ? and l.external_id = r.external_id and l.contact_id <> r.contact_id
				""").params(json, connectionId).update();
		jdbc.sql("""
				insert into integration_links as l (organization_id, connection_id, contact_id, external_id, synced_values,
				  remote_modified_at, synced_at)
				select ?, ?, r.contact_id, r.external_id, r.synced_values, r.remote_modified_at, now()
				from jsonb_to_recordset(?::jsonb) as r(contact_id uuid, external_id text, synced_values jsonb,
				  remote_modified_at timestamptz)
				on conflict (connection_id, contact_id) do update set external_id = excluded.external_id,
				  synced_values = case when ? then l.synced_values || excluded.synced_values else excluded.synced_values end,
				  remote_modified_at = coalesce(excluded.remote_modified_at, l.remote_modified_at), synced_at = now()
				""").params(organization.value(), connectionId, json, merge).update();
	}

	void forget(UUID connectionId, Collection<String> externalIds) {
		jdbc.sql("delete from integration_links where connection_id = ? and external_id = any(?)")
			.params(connectionId, externalIds.toArray(String[]::new))
			.update();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
