package com.growthhub.contacts.internal;

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
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.identity.CurrentUser;
import com.growthhub.platform.tenancy.TenantContext;
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

	ContactLookup(ExternalIds externalIds, Contacts contacts, ContactSearch search, JdbcClient jdbc,
			TenantTransactions transactions, ContactSettingsStore settings, Tags tags) {
		this.settings = settings;
		this.tags = tags;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.externalIds = externalIds;
		this.contacts = contacts;
		this.search = search;
	}

	@Override
	public Optional<UUID> findByExternalId(OrganizationId organization, String platform, String externalId) {
		return externalIds.findByExternalId(organization, platform, externalId);
	}

	@Override
	public Map<UUID, String> names(OrganizationId organization, Collection<UUID> contactIds) {
		if (contactIds.isEmpty()) {
			return Map.of();
		}
		CurrentUser viewer = viewer();
		return transactions.call(TenantContext.current().withOrganization(organization), () -> {
			// A member who may only see their own contacts gets no names of the others (a job has no viewer).
			ContactSettings rules = settings.get(organization.value());
			boolean restricted = viewer != null && viewer.organization().equals(organization) && Contacts.restricted(viewer, rules);
			Map<UUID, String> names = new HashMap<>();
			List<Object> params = new java.util.ArrayList<>(List.of(organization.value(), contactIds.toArray(UUID[]::new)));
			if (restricted) {
				params.add(viewer.userId());
			}
			PrivacyMode privacy = PrivacyMode.of(rules.privacyMode());
			jdbc.sql("""
					select id, first_name, last_name from contacts
					where organization_id = ? and id = any (?) and deleted_at is null
					""" + (restricted ? " and owner_id = ?" : ""))
				.params(params)
				.query((rs, n) -> names.put(rs.getObject("id", UUID.class),
						privacy.name(rs.getString("first_name"), rs.getString("last_name"))))
				.list();
			return names;
		});
	}

	private static @org.jspecify.annotations.Nullable CurrentUser viewer() {
		return CurrentUser.signedIn().orElse(null);
	}

	@Override
	public Set<UUID> taggedWith(OrganizationId organization, UUID tagId) {
		return transactions.call(TenantContext.current().withOrganization(organization), () -> new HashSet<>(jdbc.sql("""
				select t.contact_id from contact_tags t join contacts c on c.id = t.contact_id
				where t.organization_id = ? and t.tag_id = ? and c.deleted_at is null
				""").params(organization.value(), tagId).query(UUID.class).list()));
	}

	@Override
	public List<Choice> tags(OrganizationId organization) {
		return TenantContext.call(TenantContext.current().withOrganization(organization),
				() -> tags.list().stream().map(tag -> new Choice(tag.id(), tag.name())).toList());
	}

	@Override
	public String nameOf(CurrentUser user, UUID contactId) {
		return contacts.get(user, contactId).displayName();
	}

	@Override
	public String submitPlug(CurrentUser user, UUID contactId) {
		return contacts.convert(user, contactId, ContactType.PLUG, "submitted").displayName();
	}

	@Override
	public Optional<Set<UUID>> visibleOnly(CurrentUser user) {
		UUID organization = user.organization().value();
		return transactions.call(TenantContext.current(), () -> {
			if (!Contacts.restricted(user, settings.get(organization))) {
				return Optional.<Set<UUID>>empty();
			}
			return Optional.<Set<UUID>>of(new HashSet<>(jdbc.sql("select id from contacts where organization_id = ? and owner_id = ?")
				.params(organization, user.userId()).query(UUID.class).list()));
		});
	}

	@Override
	public List<Choice> choices(CurrentUser user, String q, int limit) {
		ContactQuery query = new ContactQuery(q.isBlank() ? null : q.strip(), null, null, null, null, null, null, null, null,
				null, Map.of(), ContactQuery.Sort.fromKey(null), null, Math.clamp(limit, 1, 200), false);
		return search.find(user, query).items().stream().map(c -> new Choice(c.id(), c.displayName())).toList();
	}
}
