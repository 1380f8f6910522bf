package com.growthhub.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.LeadCapture;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** {@link LeadCapture} through the same create and update rules as a person's edits (events, audit, checks). */
@Service
class CapturedLeads implements LeadCapture {

	private static final Set<String> IDENTIFIERS = Set.of("email", "phone");

	private final Contacts contacts;
	private final ContactRepository repository;
	private final ContactSettingsStore settings;
	private final CustomFields customFields;
	private final ContactLists lists;
	private final PhoneNumbers phones;
	private final TenantTransactions transactions;
	private final JdbcClient jdbc;

	CapturedLeads(Contacts contacts, ContactRepository repository, ContactSettingsStore settings,
			CustomFields customFields, ContactLists lists, PhoneNumbers phones, TenantTransactions transactions,
			JdbcClient jdbc) {
		this.contacts = contacts;
		this.repository = repository;
		this.settings = settings;
		this.customFields = customFields;
		this.lists = lists;
		this.phones = phones;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	@Override
	public CapturedLead capture(OrganizationId organization, Actor actor, Lead lead) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			ContactSettings rules = settings.get(org);
			PrivacyMode privacy = PrivacyMode.of(rules.privacyMode());
			List<String> leftOut = new ArrayList<>();
			Map<String, @Nullable Object> fields = allowedFields(lead, privacy, leftOut);
			Map<String, Object> custom = allowedCustomFields(org, lead, privacy, leftOut);
			String email = (String) fields.get("email");
			String phone = normalizedPhone((String) fields.get("phone"), rules.defaultRegion());
			if (phone == null && fields.remove("phone") != null) {
				leftOut.add("phone");
			}
			if (email == null && phone == null) {
				throw new IllegalArgumentException("A lead needs an email or a phone");
			}
			// Emails are kept in lower case; a visitor may type them in any case. Two submissions of a new person racing each
			// other: the loser's create meets the unique email and its submission is retried, then finds the winner's contact.
			Optional<UUID> existing = email == null ? Optional.empty()
					: repository.idByEmail(org, email.strip().toLowerCase(java.util.Locale.ROOT));
			if (existing.isEmpty() && phone != null) {
				existing = idByPhone(org, phone);
			}
			if (!custom.isEmpty()) {
				fields.put("customFields", custom);
			}
			UUID id;
			boolean created = existing.isEmpty();
			if (created) {
				fields.put("source", lead.source());
				fields.putIfAbsent("firstName", placeholderName(email, phone));
				if (lead.ownerId() != null) {
					fields.put("ownerId", lead.ownerId());
				}
				if (!lead.tagIds().isEmpty()) {
					fields.put("tags", lead.tagIds().stream().map(UUID::toString).toList());
				}
				id = withoutRejected(fields, leftOut,
						f -> contacts.createCaptured(organization, actor, f, List.copyOf(f.keySet())).id());
			}
			else {
				id = existing.get();
				ContactView current = contacts.get(organization, actor, id);
				// The identifiers the contact was found by stay; the rest is what the person just told us.
				IDENTIFIERS.forEach(key -> {
					if (current.email() != null && key.equals("email") || current.phone() != null && key.equals("phone")) {
						fields.remove(key);
					}
				});
				Set<UUID> tags = new LinkedHashSet<>(current.tags());
				tags.addAll(lead.tagIds());
				if (tags.size() > current.tags().size()) {
					fields.put("tags", tags.stream().map(UUID::toString).toList());
				}
				UUID target = id;
				withoutRejected(fields, leftOut, f -> contacts.update(organization, actor, target, f).id());
			}
			if (lead.listId() != null) {
				lists.addMembers(organization, actor, lead.listId(), List.of(id));
			}
			return new CapturedLead(ContactId.of(id), created, privacy.on(), List.copyOf(leftOut));
		});
	}

	/** Runs the write; fields the rules reject are left out and the write tried once more without them. */
	private static UUID withoutRejected(Map<String, @Nullable Object> fields, List<String> leftOut,
			java.util.function.Function<Map<String, @Nullable Object>, UUID> write) {
		try {
			return write.apply(fields);
		}
		catch (InvalidContactException ex) {
			for (Map<String, String> error : ex.errors()) {
				String field = error.get("field");
				if (field != null && field.startsWith("customFields.") && fields.get("customFields") instanceof Map<?, ?> map) {
					map.remove(field.substring("customFields.".length()));
				}
				else if (field != null && !"firstName".equals(field)) {
					fields.remove(field);
				}
				leftOut.add(String.valueOf(field));
			}
			return write.apply(fields);
		}
	}

	private static Map<String, @Nullable Object> allowedFields(Lead lead, PrivacyMode privacy, List<String> leftOut) {
		Map<String, @Nullable Object> fields = new HashMap<>();
		lead.fields().forEach((key, value) -> {
			if (value == null || value.isBlank()) {
				return;
			}
			if (!privacy.allowsField(key)) {
				leftOut.add(key);
				return;
			}
			fields.put(key, value.strip());
		});
		return fields;
	}

	private Map<String, Object> allowedCustomFields(UUID org, Lead lead, PrivacyMode privacy, List<String> leftOut) {
		Map<String, CustomFieldDefinition> definitions = new HashMap<>();
		customFields.definitions(org).forEach(d -> definitions.put(d.key(), d));
		Map<String, Object> values = new HashMap<>();
		lead.customFields().forEach((key, value) -> {
			CustomFieldDefinition definition = definitions.get(key);
			if (definition == null || !privacy.allowsCustomFieldType(definition.type().name())) {
				leftOut.add("customFields." + key);
			}
			else if (value != null && !value.isBlank()) {
				values.put(key, value.strip());
			}
		});
		return values;
	}

	private @Nullable String normalizedPhone(@Nullable String raw, String region) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return phones.normalize(raw, region);
		}
		catch (InvalidContactException ex) {
			return null;
		}
	}

	private Optional<UUID> idByPhone(UUID org, String phone) {
		return jdbc.sql("""
				select id from contacts where organization_id = ? and phone = ? and deleted_at is null
				order by created_at, id limit 1
				""").params(org, phone).query(UUID.class).optional();
	}

	private static String placeholderName(@Nullable String email, @Nullable String phone) {
		if (email != null && email.indexOf('@') > 0) {
			String local = email.substring(0, email.indexOf('@'));
			return local.length() > 100 ? local.substring(0, 100) : local;
		}
		return phone == null ? "Unknown" : phone;
	}
}
