package com.growthhub.integrations.internal.connections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.integrations.internal.connectors.Provider;
import com.growthhub.integrations.internal.vault.SecretId;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Connections rows; callers open the organization's transaction (row-level security needs it). */
@Repository
public class ConnectionRepository {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ConnectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The live (not disconnected) connection of a provider, locked when {@code lock}. */
	public Optional<Connection> live(OrganizationId organization, Provider provider, boolean lock) {
		return jdbc.sql("select * from integration_connections where organization_id = ? and provider = ?"
				+ " and status <> 'DISCONNECTED'" + (lock ? " for update" : ""))
			.params(organization.value(), provider.name())
			.query(ConnectionRepository::connection)
			.optional();
	}

	public Optional<Connection> find(OrganizationId organization, UUID id) {
		return jdbc.sql("select * from integration_connections where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query(ConnectionRepository::connection)
			.optional();
	}

	public List<Connection> live(OrganizationId organization) {
		return jdbc.sql("select * from integration_connections where organization_id = ? and status <> 'DISCONNECTED'")
			.param(organization.value())
			.query(ConnectionRepository::connection)
			.list();
	}

	void insert(Connection c) {
		jdbc.sql("""
				insert into integration_connections (id, organization_id, provider, status, direction, sync_deletions,
				  connected_by, connected_at, account_id, account_name, access_secret_id, refresh_secret_id, token_expires_at,
				  instance_url, settings, mapping)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
				""").params(c.id(), c.organization().value(), c.provider().name(), c.status().name(), c.direction().name(),
				c.syncDeletions(), c.connectedBy(), ts(c.connectedAt()), c.accountId(), c.accountName(), c.accessSecret().value(),
				c.refreshSecret() == null ? null : c.refreshSecret().value(), ts(c.tokenExpiresAt()), c.instanceUrl(),
				JSON.writeValueAsString(c.settings()), JSON.writeValueAsString(c.mapping()))
			.update();
	}

	void tokens(Connection c, @Nullable SecretId refresh, @Nullable Instant expiresAt) {
		jdbc.sql("update integration_connections set refresh_secret_id = ?, token_expires_at = ?, updated_at = now() where id = ?")
			.params(refresh == null ? null : refresh.value(), ts(expiresAt), c.id())
			.update();
	}

	void account(Connection c, String accountId, String accountName) {
		jdbc.sql("update integration_connections set account_id = ?, account_name = ?, updated_at = now() where id = ?")
			.params(accountId, accountName, c.id())
			.update();
	}

	void mapping(Connection c, List<FieldMapping> mapping) {
		jdbc.sql("update integration_connections set mapping = ?::jsonb, updated_at = now() where id = ?")
			.params(JSON.writeValueAsString(mapping), c.id())
			.update();
	}

	void settings(Connection c, SyncDirection direction, boolean syncDeletions, Map<String, String> settings) {
		jdbc.sql("""
				update integration_connections set direction = ?, sync_deletions = ?, settings = ?::jsonb, updated_at = now()
				where id = ?
				""").params(direction.name(), syncDeletions, JSON.writeValueAsString(settings), c.id()).update();
	}

	public void status(Connection c, ConnectionStatus status) {
		jdbc.sql("""
				update integration_connections set status = ?, updated_at = now(),
				  failed_runs = case when ? = 'CONNECTED' then 0 else failed_runs end,
				  disconnected_at = case when ? = 'DISCONNECTED' then now() else disconnected_at end
				where id = ?
				""").params(status.name(), status.name(), status.name(), c.id()).update();
	}

	/** A run finished well: the cursor of the next incremental run, and the error is gone. */
	public void synced(UUID connectionId, boolean imported, @Nullable Instant syncedUntil) {
		jdbc.sql("""
				update integration_connections set imported = imported or ?, synced_until = greatest(synced_until, ?),
				  last_sync_at = now(), last_error = null, failed_runs = 0,
				  status = case when status = 'ERROR' then 'CONNECTED' else status end, updated_at = now()
				where id = ?
				""").params(imported, ts(syncedUntil), connectionId).update();
	}

	public void pushedUntil(UUID connectionId, Instant until) {
		jdbc.sql("update integration_connections set pushed_until = ? where id = ?").params(ts(until), connectionId).update();
	}

	/**
	 * Turning the option on starts its checkpoint now: only contacts trashed from then on are deleted there, never the
	 * trash of years before. Turning it off and on again starts afresh.
	 */
	void pushDeletions(Connection c, boolean on) {
		jdbc.sql("""
				update integration_connections set push_deletions = ?,
				  deletions_pushed_until = case when ? and not push_deletions then now() else deletions_pushed_until end,
				  updated_at = now()
				where id = ?
				""").params(on, on, c.id()).update();
	}

	public void deletionsPushedUntil(UUID connectionId, Instant until) {
		jdbc.sql("update integration_connections set deletions_pushed_until = greatest(deletions_pushed_until, ?) where id = ?")
			.params(ts(until), connectionId).update();
	}

	/** A run failed: answers how many in a row have. */
	public int failed(UUID connectionId, String error) {
		return jdbc.sql("""
				update integration_connections set last_error = ?, failed_runs = failed_runs + 1, last_sync_at = now(),
				  status = case when status = 'CONNECTED' then 'ERROR' else status end, updated_at = now()
				where id = ? returning failed_runs
				""").params(error, connectionId).query(Integer.class).single();
	}

	/** Live connections of a provider account, across organizations (system scope): for inbound webhooks. */
	public List<Connection> byAccount(Provider provider, String accountId) {
		return jdbc.sql("select * from integration_connections where provider = ? and account_id = ? and status <> 'DISCONNECTED'")
			.params(provider.name(), accountId)
			.query(ConnectionRepository::connection)
			.list();
	}

	/** Live connections of a provider whose setting has a value, across organizations (system scope): for webhooks. */
	public List<Connection> bySetting(Provider provider, String key, String value) {
		return jdbc.sql("select * from integration_connections where provider = ? and settings ->> ? = ? and status <> 'DISCONNECTED'")
			.params(provider.name(), key, value)
			.query(ConnectionRepository::connection)
			.list();
	}

	/** Connections due an incremental run, across organizations (system scope). */
	public List<Connection> due(Instant before) {
		return jdbc.sql("""
				select * from integration_connections where status in ('CONNECTED', 'ERROR')
				  and last_sync_at < ?
				""").param(ts(before)).query(ConnectionRepository::connection).list();
	}

	static Connection connection(ResultSet rs, int row) throws SQLException {
		UUID refresh = rs.getObject("refresh_secret_id", UUID.class);
		return new Connection(rs.getObject("id", UUID.class), OrganizationId.of(rs.getObject("organization_id", UUID.class)),
				Provider.valueOf(rs.getString("provider")), ConnectionStatus.valueOf(rs.getString("status")),
				SyncDirection.valueOf(rs.getString("direction")), rs.getBoolean("sync_deletions"),
				rs.getObject("connected_by", UUID.class), instant(rs, "connected_at"), rs.getString("account_id"),
				rs.getString("account_name"), SecretId.of(rs.getObject("access_secret_id", UUID.class)),
				refresh == null ? null : SecretId.of(refresh), instant(rs, "token_expires_at"), rs.getString("instance_url"),
				JSON.readValue(rs.getString("settings"), new TypeReference<LinkedHashMap<String, String>>() {
				}), new ArrayList<>(JSON.readValue(rs.getString("mapping"), new TypeReference<List<FieldMapping>>() {
				})), rs.getBoolean("imported"), instant(rs, "synced_until"), instant(rs, "pushed_until"),
				instant(rs, "last_sync_at"), rs.getString("last_error"), rs.getInt("failed_runs"),
				rs.getBoolean("push_deletions"), instant(rs, "deletions_pushed_until"));
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	static @Nullable Timestamp ts(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
