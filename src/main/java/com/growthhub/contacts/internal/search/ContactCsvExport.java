package com.growthhub.contacts.internal.search;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.identity.Members;
import com.growthhub.platform.csv.CsvExport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Contacts as CSV, with the same filters as {@code GET /api/v1/contacts} and a summary of each
 * contact's interactions. The campaign's id stands beside its name, so that a spreadsheet can tell apart two campaigns
 * once renamed alike. Privacy mode leaves out last names, notes and free-text custom fields.
 */
@Component
class ContactCsvExport implements CsvExport {

	private final ContactSearch search;
	private final CustomFields customFields;
	private final ContactSettingsStore settings;
	private final Tags tags;
	private final Members members;
	private final TenantTransactions transactions;

	ContactCsvExport(ContactSearch search, CustomFields customFields, ContactSettingsStore settings, Tags tags,
			Members members, TenantTransactions transactions) {
		this.transactions = transactions;
		this.search = search;
		this.customFields = customFields;
		this.settings = settings;
		this.tags = tags;
		this.members = members;
	}

	@Override
	public String name() {
		return "contacts";
	}

	@Override
	public void write(OrganizationId organization, Actor actor, Map<String, List<String>> parameters, Rows rows) {
		ContactQuery query = query(parameters);
		// The settings are read under row-level security, so inside a transaction of the organization.
		PrivacyMode privacy = PrivacyMode.of(transactions
			.call(organization, actor, () -> settings.get(organization.value()))
			.privacyMode());
		List<CustomFieldDefinition> definitions = customFields.list(organization).stream()
			.filter(d -> privacy.allowsCustomFieldType(d.type().name())).toList();
		Map<UUID, String> tagNames = new HashMap<>();
		tags.list(organization).forEach(tag -> tagNames.put(tag.id(), tag.name()));
		Map<UUID, String> owners = new HashMap<>();
		members.list(organization).forEach(member -> owners.put(member.userId(), member.email()));

		List<String> header = new ArrayList<>(List.of("id", "type", "status", "firstName"));
		if (privacy.allowsField("lastName")) {
			header.add("lastName");
		}
		header.addAll(List.of("email", "phone", "company", "jobTitle", "linkedinUrl", "industry", "businessType",
				"networkType", "priority", "source", "campaign", "campaignId", "adPlatform", "owner", "leadScore"));
		if (privacy.allowsField("notes")) {
			header.add("notes");
		}
		header.add("tags");
		definitions.forEach(d -> header.add(d.label()));
		header.addAll(List.of("interactionCount", "lastInteractionAt", "interactionTypes", "createdAt", "updatedAt"));
		rows.header(header);

		search.forEach(organization, actor, query, exported -> {
			ContactView c = exported.contact();
			List<String> cells = new ArrayList<>(header.size());
			cells.addAll(List.of(c.id().toString(), c.type().key(), text(c.status()), c.firstName()));
			if (privacy.allowsField("lastName")) {
				cells.add(text(c.lastName()));
			}
			cells.addAll(List.of(text(c.email()), text(c.phone()), text(c.company()), text(c.jobTitle()), text(c.linkedinUrl()),
					text(c.industry()), text(c.businessType()), text(c.networkType()), text(c.priority()), c.source(),
					text(c.campaign()), c.campaignId() == null ? "" : c.campaignId().toString(), text(c.adPlatform()), c.ownerId() == null ? "" : owners.getOrDefault(c.ownerId(), ""),
					String.valueOf(c.leadScore())));
			if (privacy.allowsField("notes")) {
				cells.add(text(c.notes()));
			}
			cells.add(String.join(", ", c.tags().stream().map(id -> tagNames.getOrDefault(id, "")).toList()));
			definitions.forEach(d -> cells.add(c.customFields().get(d.key()) == null ? "" : String.valueOf(c.customFields().get(d.key()))));
			cells.addAll(List.of(String.valueOf(c.interactionCount()), c.lastInteractionAt() == null ? "" : c.lastInteractionAt().toString(),
					String.join(" ", exported.interactionTypes()), c.createdAt().toString(), c.updatedAt().toString()));
			rows.row(cells);
		});
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	/** The list endpoint's filters, read from query parameters; a malformed one answers 400. */
	static ContactQuery query(Map<String, List<String>> parameters) {
		Map<String, String> custom = new HashMap<>();
		parameters.forEach((key, values) -> {
			if (key.startsWith("cf.") && !values.isEmpty()) {
				custom.put(key.substring(3), values.getFirst());
			}
		});
		String type = one(parameters, "type");
		return new ContactQuery(one(parameters, "q"), type == null ? null : parseType(type), one(parameters, "status"),
				uuid(parameters, "tag"), uuid(parameters, "listId"), uuid(parameters, "ownerId"), one(parameters, "source"),
				one(parameters, "campaign"), instant(parameters, "createdFrom"), instant(parameters, "createdTo"), custom,
				ContactQuery.Sort.fromKey(one(parameters, "sort")), null, Integer.MAX_VALUE,
				"true".equals(one(parameters, "deleted")), uuid(parameters, "campaignId"));
	}

	private static ContactType parseType(String value) {
		try {
			return ContactType.fromKey(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidContactException.field("type", "must be target, contact, plug, lead or client");
		}
	}

	private static @Nullable String one(Map<String, List<String>> parameters, String name) {
		List<String> values = parameters.get(name);
		return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
	}

	private static @Nullable UUID uuid(Map<String, List<String>> parameters, String name) {
		String value = one(parameters, name);
		try {
			return value == null ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidContactException.field(name, "must be an id");
		}
	}

	private static @Nullable Instant instant(Map<String, List<String>> parameters, String name) {
		String value = one(parameters, name);
		try {
			return value == null ? null : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw InvalidContactException.field(name, "must be a time like 2026-01-31T00:00:00Z");
		}
	}
}
