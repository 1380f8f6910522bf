package com.growthhub.contacts.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Members;
import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** The contacts module's answer to other modules, with the same visibility and conversion rules as its own pages. */
@Service
class ContactLookup implements ContactDirectory {

	private final ExternalIds externalIds;
	private final Contacts contacts;
	private final ContactSearch search;
	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactSettingsStore settings;
	private final Tags tags;
	private final Members members;

	ContactLookup(ExternalIds externalIds, Contacts contacts, ContactSearch search, JdbcClient jdbc,
			TenantTransactions transactions, ContactSettingsStore settings, Tags tags, Members members) {
		this.members = members;
		this.settings = settings;
		this.tags = tags;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.externalIds = externalIds;
		this.contacts = contacts;
		this.search = search;
	}

	@Override
	public Optional<ContactId> findByExternalId(OrganizationId organization, String platform, String externalId) {
		return externalIds.findByExternalId(organization, platform, externalId).map(ContactId::of);
	}

	@Override
	public Map<ContactId, String> names(OrganizationId organization, Actor actor, Collection<ContactId> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		return transactions.call(organization, actor, () -> {
			// A member who may only see their own contacts gets no names of the others (a job sees them all).
			ContactSettings rules = settings.get(organization.value());
			boolean restricted = restricted(organization, actor, rules);
			Map<ContactId, String> names = new HashMap<>();
			List<Object> params = new ArrayList<>(
					List.of(organization.value(), contactIds.stream().map(ContactId::value).toArray(UUID[]::new)));
			if (restricted) {
				params.add(actor.userId());
			}
			PrivacyMode privacy = PrivacyMode.of(rules.privacyMode());
			jdbc.sql("""
					select id, first_name, last_name from contacts
					where organization_id = ? and id = any (?) and deleted_at is null
					""" + (restricted ? " and owner_id = ?" : ""))
				.params(params)
				.query((rs, n) -> names.put(ContactId.of(rs.getObject("id", UUID.class)),
						privacy.name(rs.getString("first_name"), rs.getString("last_name"))))
				.list();
			return names;
		});
	}

	@Override
	public Set<ContactId> taggedWith(OrganizationId organization, UUID tagId) {
		return transactions.call(organization, new Actor.Anonymous(), () -> new HashSet<>(jdbc.sql("""
				select t.contact_id from contact_tags t join contacts c on c.id = t.contact_id
				where t.organization_id = ? and t.tag_id = ? and c.deleted_at is null
				""").params(organization.value(), tagId).query((rs, n) -> ContactId.of(rs.getObject(1, UUID.class))).list()));
	}

	@Override
	public List<Choice> tags(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(),
				() -> tags.list().stream().map(tag -> new Choice(tag.id(), tag.name())).toList());
	}

	@Override
	public String nameOf(OrganizationId organization, Actor actor, ContactId contactId) {
		return transactions.call(organization, actor, () -> contacts.get(asUser(organization, actor), contactId.value()).displayName());
	}

	@Override
	public String submitPlug(OrganizationId organization, Actor actor, ContactId contactId) {
		return transactions.call(organization, actor,
				() -> contacts.convert(asUser(organization, actor), contactId.value(), ContactType.PLUG, "submitted").displayName());
	}

	@Override
	public Optional<Set<ContactId>> visibleOnly(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			if (!restricted(organization, actor, settings.get(organization.value()))) {
				return Optional.<Set<ContactId>>empty();
			}
			return Optional.<Set<ContactId>>of(new HashSet<>(jdbc.sql("select id from contacts where organization_id = ? and owner_id = ?")
				.params(organization.value(), actor.userId())
				.query((rs, n) -> ContactId.of(rs.getObject(1, UUID.class)))
				.list()));
		});
	}

	@Override
	public List<Choice> choices(OrganizationId organization, Actor actor, String q, int limit) {
		ContactQuery query = new ContactQuery(q.isBlank() ? null : q.strip(), null, null, null, null, null, null, null, null,
				null, Map.of(), ContactQuery.Sort.fromKey(null), null, Math.clamp(limit, 1, 200), false);
		return transactions.call(organization, actor, () -> search.find(asUser(organization, actor), query).items().stream()
			.map(c -> new Choice(c.id(), c.displayName())).toList());
	}

	/** Members limited to their own contacts, when the organization says so; never a job or an integration. */
	private boolean restricted(OrganizationId organization, Actor actor, ContactSettings rules) {
		return rules.ownOnly() && actor.userId() != null
				&& !members.roleOf(organization, actor.userId()).map(role -> role.atLeast(Role.MANAGER)).orElse(false);
	}

	// TODO(actor convention): bridge until Contacts and ContactSearch take (OrganizationId, Actor) themselves.
	private CurrentUser asUser(OrganizationId organization, Actor actor) {
		UUID userId = actor.requireUserId();
		return new CurrentUser(userId, "", "", "", organization.value(), members.roleOf(organization, userId).orElse(null),
				userId);
	}
}
