package com.growthhub.contacts.internal.fields;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.platform.tenancy.TenantContext;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;

/**
 * Lists of contacts: a name unique per organization and a member count kept exact by a trigger in
 * the same transaction as every membership change.
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

	public List<ListView> list() {
		UUID organization = TenantContext.requireOrganizationId().value();
		return transactions.call(TenantContext.current(), () -> jdbc.sql(SELECT + " where organization_id = ? order by lower(name)")
			.param(organization)
			.query(ListView.class)
			.list());
	}

	public ListView get(UUID id) {
		UUID organization = TenantContext.requireOrganizationId().value();
		return transactions.call(TenantContext.current(), () -> find(organization, id));
	}

	public ListView create(String name, @Nullable String description) {
		UUID organization = TenantContext.requireOrganizationId().value();
		UUID id = Ids.next();
		return transactions.call(TenantContext.current(), () -> {
			try {
				jdbc.sql("insert into contact_lists (id, organization_id, name, description) values (?, ?, ?, ?)")
					.params(id, organization, name.strip(), description)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("list");
			}
			return find(organization, id);
		});
	}

	public ListView update(UUID id, @Nullable String name, @Nullable String description) {
		UUID organization = TenantContext.requireOrganizationId().value();
		return transactions.call(TenantContext.current(), () -> {
			int changed;
			try {
				changed = jdbc.sql("""
						update contact_lists set name = coalesce(?, name), description = coalesce(?, description),
						  updated_at = now(), version = version + 1
						where id = ? and organization_id = ?
						""").params(name == null ? null : name.strip(), description, id, organization).update();
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

	public void delete(UUID id) {
		UUID organization = TenantContext.requireOrganizationId().value();
		int removed = transactions.call(TenantContext.current(),
				() -> jdbc.sql("delete from contact_lists where id = ? and organization_id = ?").params(id, organization).update());
		if (removed == 0) {
			throw NotFoundException.of("List");
		}
	}

	/** Adds contacts of this organization; unknown ids are an error, members already there are fine. */
	public ListView addMembers(UUID id, List<UUID> contactIds) {
		UUID organization = TenantContext.requireOrganizationId().value();
		return transactions.call(TenantContext.current(), () -> {
			find(organization, id);
			UUID[] ids = contactIds.toArray(UUID[]::new);
			int known = jdbc.sql("select count(*) from contacts where organization_id = ? and id = any(?) and deleted_at is null")
				.params(organization, ids)
				.query(Integer.class)
				.single();
			if (known != contactIds.stream().distinct().count()) {
				throw NotFoundException.of("Contact");
			}
			jdbc.sql("""
					insert into list_members (organization_id, list_id, contact_id)
					select ?, ?, unnest(?::uuid[]) on conflict do nothing
					""").params(organization, id, ids).update();
			return find(organization, id);
		});
	}

	public ListView removeMembers(UUID id, List<UUID> contactIds) {
		UUID organization = TenantContext.requireOrganizationId().value();
		return transactions.call(TenantContext.current(), () -> {
			find(organization, id);
			jdbc.sql("delete from list_members where organization_id = ? and list_id = ? and contact_id = any(?)")
				.params(organization, id, contactIds.toArray(UUID[]::new))
				.update();
			return find(organization, id);
		});
	}

	private ListView find(UUID organization, UUID id) {
		return jdbc.sql(SELECT + " where organization_id = ? and id = ?")
			.params(organization, id)
			.query(ListView.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("List"));
	}

	private static final String SELECT = "select id, name, description, member_count, created_at, updated_at from contact_lists";
}
