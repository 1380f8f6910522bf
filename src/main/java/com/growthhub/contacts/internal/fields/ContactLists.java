package com.growthhub.contacts.internal.fields;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Lists of contacts: a name unique per organization and a member count kept exact by a trigger in
 * the same transaction as every membership change. Every member sees every list, so reads run for no actor; changes
 * run for the actor, whom the audit trail records.
 */
@Service
public class ContactLists {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ContactLists(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record ListView(UUID id, String name, @Nullable String description, int memberCount, Instant createdAt,
			Instant updatedAt) {
	}

	public List<ListView> list(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql(SELECT + " where organization_id = ? order by lower(name)")
			.param(organization.value())
			.query(ListView.class)
			.list());
	}

	public ListView get(OrganizationId organization, UUID id) {
		return transactions.call(organization, new Actor.Anonymous(), () -> find(organization, id));
	}

	public ListView create(OrganizationId organization, Actor actor, String name, @Nullable String description) {
		UUID id = Ids.next();
		return transactions.call(organization, actor, () -> {
			try {
				jdbc.sql("insert into contact_lists (id, organization_id, name, description) values (?, ?, ?, ?)")
					.params(id, organization.value(), name.strip(), description)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("list");
			}
			return find(organization, id);
		});
	}

	public ListView update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable String description) {
		return transactions.call(organization, actor, () -> {
			int changed;
			try {
				changed = jdbc.sql("""
						update contact_lists set name = coalesce(?, name), description = coalesce(?, description),
						  updated_at = now(), version = version + 1
						where id = ? and organization_id = ?
						""").params(name == null ? null : name.strip(), description, id, organization.value()).update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("list");
			}
			if (changed == 0) {
				throw NotFoundException.of("List");
			}
			return find(organization, id);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		int removed = transactions.call(organization, actor, () -> jdbc
			.sql("delete from contact_lists where id = ? and organization_id = ?")
			.params(id, organization.value())
			.update());
		if (removed == 0) {
			throw NotFoundException.of("List");
		}
	}

	/** Adds contacts of this organization; unknown ids are an error, members already there are fine. */
	public ListView addMembers(OrganizationId organization, Actor actor, UUID id, List<UUID> contactIds) {
		return transactions.call(organization, actor, () -> {
			find(organization, id);
			UUID[] ids = contactIds.toArray(UUID[]::new);
			int known = jdbc.sql("select count(*) from contacts where organization_id = ? and id = any(?) and deleted_at is null")
				.params(organization.value(), ids)
				.query(Integer.class)
				.single();
			if (known != contactIds.stream().distinct().count()) {
				throw NotFoundException.of("Contact");
			}
			jdbc.sql("""
					insert into list_members (organization_id, list_id, contact_id)
					select ?, ?, unnest(?::uuid[]) on conflict do nothing
					""").params(organization.value(), id, ids).update();
			return find(organization, id);
		});
	}

	public ListView removeMembers(OrganizationId organization, Actor actor, UUID id, List<UUID> contactIds) {
		return transactions.call(organization, actor, () -> {
			find(organization, id);
			jdbc.sql("delete from list_members where organization_id = ? and list_id = ? and contact_id = any(?)")
				.params(organization.value(), id, contactIds.toArray(UUID[]::new))
				.update();
			return find(organization, id);
		});
	}

	private ListView find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query(ListView.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("List"));
	}

	private static final String SELECT = "select id, name, description, member_count, created_at, updated_at from contact_lists";
}
