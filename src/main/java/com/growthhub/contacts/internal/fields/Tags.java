package com.growthhub.contacts.internal.fields;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Tags: a name unique per organization (ignoring case) and a color; many per contact. Every member sees every tag,
 * so reads run for no actor; changes run for the actor, whom the audit trail records.
 */
@Service
public class Tags {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	Tags(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public record TagView(UUID id, String name, String color, long contactCount, Instant createdAt) {
	}

	public List<TagView> list(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql(SELECT + " where t.organization_id = ? order by lower(t.name)")
			.param(organization.value())
			.query(TagView.class)
			.list());
	}

	public TagView get(OrganizationId organization, UUID id) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql(SELECT + " where t.organization_id = ? and t.id = ?")
			.params(organization.value(), id)
			.query(TagView.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Tag")));
	}

	/** The organization's tags by name, without their contact counts: for pickers. */
	public List<ContactImports.Choice> choices(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> jdbc
			.sql("select id, name from tags where organization_id = ? order by lower(name)")
			.param(organization.value())
			.query(ContactImports.Choice.class)
			.list());
	}

	public TagView create(OrganizationId organization, Actor actor, String name, @Nullable String color) {
		UUID id = Ids.next();
		return transactions.call(organization, actor, () -> {
			try {
				jdbc.sql("insert into tags (id, organization_id, name, color) values (?, ?, ?, coalesce(?, '#6366f1'))")
					.params(id, organization.value(), name.strip(), color)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("tag");
			}
			return find(organization, id);
		});
	}

	public TagView update(OrganizationId organization, Actor actor, UUID id, @Nullable String name,
			@Nullable String color) {
		return transactions.call(organization, actor, () -> {
			int changed;
			try {
				changed = jdbc.sql("""
						update tags set name = coalesce(?, name), color = coalesce(?, color), updated_at = now(), version = version + 1
						where id = ? and organization_id = ?
						""").params(name == null ? null : name.strip(), color, id, organization.value()).update();
			}
			catch (DuplicateKeyException ex) {
				throw ContactConflictException.duplicateName("tag");
			}
			if (changed == 0) {
				throw NotFoundException.of("Tag");
			}
			return find(organization, id);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID id) {
		int removed = transactions.call(organization, actor, () -> jdbc
			.sql("delete from tags where id = ? and organization_id = ?")
			.params(id, organization.value())
			.update());
		if (removed == 0) {
			throw NotFoundException.of("Tag");
		}
	}

	private TagView find(OrganizationId organization, UUID id) {
		return jdbc.sql(SELECT + " where t.organization_id = ? and t.id = ?")
			.params(organization.value(), id)
			.query(TagView.class)
			.single();
	}

	private static final String SELECT = """
			select t.id, t.name, t.color, t.created_at,
			  (select count(*) from contact_tags ct join contacts c on c.id = ct.contact_id
			   where ct.tag_id = t.id and c.deleted_at is null) as contact_count
			from tags t
			""";
}
