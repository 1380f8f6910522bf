package com.growthhub.contacts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.contacts.internal.search.ContactQuery;
import com.growthhub.contacts.internal.search.ContactSearch;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
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
	private final ContactVisibility visibility;
	private final ContactRepository repository;
	private final Interactions interactions;

	ContactLookup(ExternalIds externalIds, Contacts contacts, ContactSearch search, JdbcClient jdbc,
			TenantTransactions transactions, ContactSettingsStore settings, Tags tags, ContactVisibility visibility,
			ContactRepository repository, Interactions interactions) {
		this.repository = repository;
		this.interactions = interactions;
		this.visibility = visibility;
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
			UUID onlyOwner = visibility.onlyOwner(organization, actor, rules);
			Map<ContactId, String> names = new HashMap<>();
			List<Object> params = new ArrayList<>(
					List.of(organization.value(), contactIds.stream().map(ContactId::value).toArray(UUID[]::new)));
			if (onlyOwner != null) {
				params.add(onlyOwner);
			}
			PrivacyMode privacy = PrivacyMode.of(rules.privacyMode());
			jdbc.sql("""
					select id, first_name, last_name from contacts
					where organization_id = ? and id = any (?) and deleted_at is null
					""" + (onlyOwner != null ? " and owner_id = ?" : ""))
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
		return tags.list(organization).stream().map(tag -> new Choice(tag.id(), tag.name())).toList();
	}

	@Override
	public String nameOf(OrganizationId organization, Actor actor, ContactId contactId) {
		return contacts.get(organization, actor, contactId.value()).displayName();
	}

	@Override
	public String submitPlug(OrganizationId organization, Actor actor, ContactId contactId) {
		return contacts.convert(organization, actor, contactId.value(), ContactType.PLUG, "submitted").displayName();
	}

	@Override
	public Optional<Set<ContactId>> visibleOnly(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			UUID onlyOwner = visibility.onlyOwner(organization, actor, settings.get(organization.value()));
			if (onlyOwner == null) {
				return Optional.<Set<ContactId>>empty();
			}
			return Optional.<Set<ContactId>>of(new HashSet<>(jdbc.sql("select id from contacts where organization_id = ? and owner_id = ?")
				.params(organization.value(), onlyOwner)
				.query((rs, n) -> ContactId.of(rs.getObject(1, UUID.class)))
				.list()));
		});
	}

	@Override
	public Addressee findOrCreate(OrganizationId organization, Actor actor, String firstName, @Nullable String lastName,
			String email) {
		String typedName = lastName == null || lastName.isBlank() ? firstName.strip() : firstName.strip() + " " + lastName.strip();
		Optional<UUID> existing = transactions.call(organization, actor,
				() -> repository.idByEmail(organization.value(), email.strip()));
		if (existing.isPresent()) {
			return visibleOrTyped(organization, actor, existing.get(), typedName, email.strip());
		}
		Map<String, @Nullable Object> fields = new HashMap<>();
		fields.put("firstName", firstName);
		if (lastName != null && !lastName.isBlank()) {
			fields.put("lastName", lastName);
		}
		fields.put("email", email);
		fields.put("source", "event");
		try {
			ContactView created = contacts.createCaptured(organization, actor, fields, List.of("firstName", "email"));
			return new Addressee(ContactId.of(created.id()), created.displayName(), created.email());
		}
		catch (ContactConflictException ex) {
			// Someone created the same person a moment ago.
			UUID raced = transactions.call(organization, actor, () -> repository.idByEmail(organization.value(), email.strip()))
				.orElseThrow(() -> ex);
			return visibleOrTyped(organization, actor, raced, typedName, email.strip());
		}
	}

	private Addressee visibleOrTyped(OrganizationId organization, Actor actor, UUID id, String typedName, String email) {
		try {
			return addressee(organization, actor, ContactId.of(id));
		}
		catch (NotFoundException ex) {
			return new Addressee(ContactId.of(id), typedName, email);
		}
	}

	@Override
	public Addressee addressee(OrganizationId organization, Actor actor, ContactId contactId) {
		ContactView contact = contacts.get(organization, actor, contactId.value());
		return new Addressee(contactId, contact.displayName(), contact.email());
	}

	@Override
	public void logInteraction(OrganizationId organization, Actor actor, ContactId contactId, String type, String text,
			Instant occurredAt, Map<String, Object> payload) {
		transactions.run(organization, actor, () -> {
			if (repository.find(organization.value(), contactId.value(), false, false).isPresent()) {
				interactions.record(organization.value(), contactId.value(), type, text, occurredAt, payload, actor.userId());
			}
		});
	}

	@Override
	public Optional<UUID> ownerOf(OrganizationId organization, ContactId contactId) {
		return transactions.call(organization, new Actor.Job("contact-owner"), () -> jdbc
			.sql("select owner_id from contacts where organization_id = ? and id = ? and deleted_at is null and owner_id is not null")
			.params(organization.value(), contactId.value())
			.query(UUID.class)
			.optional());
	}

	@Override
	public List<Choice> choices(OrganizationId organization, Actor actor, String q, int limit) {
		ContactQuery query = new ContactQuery(q.isBlank() ? null : q.strip(), null, null, null, null, null, null, null, null,
				null, Map.of(), ContactQuery.Sort.fromKey(null), null, Math.clamp(limit, 1, 200), false);
		return search.find(organization, actor, query).items().stream()
			.map(c -> new Choice(c.id(), c.displayName()))
			.toList();
	}
}
