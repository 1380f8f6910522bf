package com.growthhub.contacts.internal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A person's named contact list filters, private to them within one organization: only a person has them. */
@Service
public class SavedViews {

	/** The filters of GET /contacts; custom fields as cf.&lt;key&gt;. */
	static final Set<String> FILTERS = Set.of("q", "type", "status", "tag", "listId", "ownerId", "source", "campaign", "campaignId",
			"createdFrom", "createdTo", "sort", "limit", "deleted");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	SavedViews(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record SavedView(UUID id, String name, Map<String, Object> query, Instant createdAt) {
	}

	public List<SavedView> list(OrganizationId organization, Actor actor) {
		UUID person = actor.requireUserId();
		return transactions.call(organization, actor, () -> jdbc.sql(SELECT
				+ " where organization_id = ? and user_id = ? order by lower(name)")
			.params(organization.value(), person).query(this::map).list());
	}

	public SavedView create(OrganizationId organization, Actor actor, String name, Map<String, Object> query) {
		UUID person = actor.requireUserId();
		query.forEach((key, value) -> {
			if (!FILTERS.contains(key) && !key.startsWith("cf.")) {
				throw InvalidContactException.field("query." + key, "is not a contact list filter");
			}
			if (value instanceof Map<?, ?> || value instanceof List<?>) {
				throw InvalidContactException.field("query." + key, "must be a single value");
			}
		});
		UUID id = Ids.next();
		return transactions.call(organization, actor, () -> {
			try {
				jdbc.sql("insert into saved_views (id, organization_id, user_id, name, query) values (?, ?, ?, ?, cast(? as jsonb))")
					.params(id, organization.value(), person, name.strip(), JSON.writeValueAsString(query)).update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("view");
			}
			return jdbc.sql(SELECT + " where id = ?").param(id).query(this::map).single();
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		UUID person = actor.requireUserId();
		int removed = transactions.call(organization, actor, () -> jdbc.sql(
				"delete from saved_views where id = ? and organization_id = ? and user_id = ?")
			.params(id, organization.value(), person).update());
		if (removed == 0) {
			throw NotFoundException.of("View");
		}
	}

	private SavedView map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SavedView(rs.getObject("id", UUID.class), rs.getString("name"),
				JSON.readValue(rs.getString("query"), new TypeReference<Map<String, Object>>() {
				}), rs.getTimestamp("created_at").toInstant());
	}

	private static final String SELECT = "select id, name, query::text as query, created_at from saved_views";
}
