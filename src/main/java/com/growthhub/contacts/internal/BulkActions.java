package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDeleted;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactUpdated;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;
import com.growthhub.shared.UserId;

/**
 * One action on a selection of up to {@value #MAX_IDS} contacts, each a single set-based statement.
 * The whole request fails (404) when any id is not a live contact the caller may see, so a selection
 * never half-applies. Each contact changed or trashed is announced like a single edit ({@code ContactUpdated},
 * {@code ContactDeleted}).
 */
@Service
public class BulkActions {

	public static final int MAX_IDS = 1000;

	public enum Action {
		TAG, UNTAG, ADD_TO_LIST, REMOVE_FROM_LIST, CHANGE_OWNER, DELETE
	}

	/** The action's argument: a tag for (un)tag, a list for list actions, a member for change of owner. */
	public record Selection(List<UUID> ids, Action action, @Nullable UUID tagId, @Nullable UUID listId,
			@Nullable UUID ownerId) {
	}

	private final JdbcClient jdbc;
	private final ContactSettingsStore settings;
	private final Members members;
	private final ContactVisibility visibility;
	private final TenantTransactions transactions;
	private final ApplicationEventPublisher events;

	BulkActions(JdbcClient jdbc, ContactSettingsStore settings, Members members, ContactVisibility visibility,
			TenantTransactions transactions, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.members = members;
		this.visibility = visibility;
		this.transactions = transactions;
		this.events = events;
	}

	/** Answers how many contacts changed (those already in the requested state do not count). */
	public int apply(OrganizationId organization, Actor actor, Selection selection) {
		UUID org = organization.value();
		UUID[] ids = selection.ids().stream().distinct().toArray(UUID[]::new);
		return transactions.call(organization, actor, () -> {
			UUID onlyOwner = visibility.onlyOwner(organization, actor, settings.get(org));
			int visible = jdbc.sql("""
					select count(*) from contacts where organization_id = ? and id = any(?) and deleted_at is null
					  and (cast(? as uuid) is null or owner_id = ?)
					""").params(org, ids, onlyOwner, onlyOwner).query(Integer.class).single();
			if (visible != ids.length) {
				throw NotFoundException.of("Contact");
			}
			return switch (selection.action()) {
				case TAG -> updated(organization, actor, tag(org, ids,
						owned("tags", "Tag", org, required(selection.tagId(), "tagId")), actor.userId()));
				case UNTAG -> updated(organization, actor, jdbc.sql("""
						delete from contact_tags where organization_id = ? and contact_id = any(?) and tag_id = ?
						returning contact_id
						""").params(org, ids, owned("tags", "Tag", org, required(selection.tagId(), "tagId")))
					.query(UUID.class).list());
				case ADD_TO_LIST -> jdbc.sql("""
						insert into list_members (organization_id, list_id, contact_id) select ?, ?, unnest(?::uuid[])
						on conflict do nothing
						""").params(org,
						owned("contact_lists", "List", org, required(selection.listId(), "listId")), ids).update();
				case REMOVE_FROM_LIST -> jdbc.sql("delete from list_members where organization_id = ? and list_id = ? and contact_id = any(?)")
					.params(org, owned("contact_lists", "List", org, required(selection.listId(), "listId")),
							ids)
					.update();
				case CHANGE_OWNER -> updated(organization, actor, jdbc.sql("""
						update contacts set owner_id = ?, updated_at = now(), version = version + 1
						where organization_id = ? and id = any(?) and owner_id is distinct from ?
						returning id
						""").params(member(org, required(selection.ownerId(), "ownerId")), org, ids,
						selection.ownerId()).query(UUID.class).list());
				case DELETE -> trashed(organization, actor, jdbc.sql("""
						update contacts set deleted_at = now(), updated_at = now(), version = version + 1
						where organization_id = ? and id = any(?) and deleted_at is null
						returning id
						""").params(org, ids).query(UUID.class).list());
			};
		});
	}

	/**
	 * One event per contact the statement changed, as editing that contact alone publishes, so webhooks and listeners
	 * see bulk edits too. Published after the write, in its transaction: rolled back with it. List membership is not
	 * a change of the contact (adding one contact to a list publishes nothing either).
	 */
	private int updated(OrganizationId organization, Actor actor, List<UUID> changed) {
		Instant now = Instant.now();
		changed.forEach(id -> events.publishEvent(new ContactUpdated(organization, ContactId.of(id), userIdOf(actor), now)));
		return changed.size();
	}

	private int trashed(OrganizationId organization, Actor actor, List<UUID> trashed) {
		Instant now = Instant.now();
		trashed.forEach(id -> events.publishEvent(new ContactDeleted(organization, ContactId.of(id), userIdOf(actor), now)));
		return trashed.size();
	}

	private static @Nullable UserId userIdOf(Actor actor) {
		return actor.userId() == null ? null : UserId.of(actor.userId());
	}

	/**
	 * Tags the contacts that lack the tag and logs tag_added on their timelines with its points, as tagging
	 * one contact does, in one statement; answers the contacts tagged.
	 */
	private List<UUID> tag(UUID org, UUID[] ids, UUID tag, @Nullable UUID author) {
		return jdbc.sql("""
				with added as (
				  insert into contact_tags (organization_id, contact_id, tag_id) select :org, unnest(cast(:ids as uuid[])), :tag
				  on conflict do nothing returning contact_id),
				logged as (
				  insert into interactions (id, organization_id, contact_id, type, occurred_at, author_id, payload)
				  select uuidv7(), :org, contact_id, 'tag_added', now(), cast(:author as uuid),
				    jsonb_build_object('tagId', cast(:tag as uuid))
				  from added returning contact_id)
				update contacts c set interaction_count = c.interaction_count + 1,
				  lead_score = least(c.lead_score + :points, 100000),
				  last_interaction_at = greatest(coalesce(c.last_interaction_at, now()), now())
				from logged l where c.id = l.contact_id
				returning c.id
				""").param("org", org).param("ids", ids).param("tag", tag).param("author", author)
			.param("points", settings.get(org).pointsFor("tag_added")).query(UUID.class).list();
	}

	private static UUID required(@Nullable UUID value, String field) {
		if (value == null) {
			throw InvalidContactException.field(field, "is required for this action");
		}
		return value;
	}

	private UUID owned(String table, String what, UUID org, UUID id) {
		boolean exists = jdbc.sql("select exists (select 1 from " + table + " where organization_id = ? and id = ?)")
			.params(org, id).query(Boolean.class).single();
		if (!exists) {
			throw NotFoundException.of(what);
		}
		return id;
	}

	private UUID member(UUID org, UUID ownerId) {
		if (members.roleOf(OrganizationId.of(org), ownerId).isEmpty()) {
			throw InvalidContactException.field("ownerId", "is not a member of this organization");
		}
		return ownerId;
	}
}
