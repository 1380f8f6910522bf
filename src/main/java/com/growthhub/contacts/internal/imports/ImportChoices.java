package com.growthhub.contacts.internal.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactImports.Choice;
import com.growthhub.contacts.ContactImports.Field;
import com.growthhub.contacts.ContactImports.Rules;
import com.growthhub.contacts.internal.ContactSettingsStore;
import com.growthhub.contacts.internal.fields.ContactLists;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;
import com.growthhub.contacts.internal.fields.Tags;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * What a person picks before an import starts: the rules a row must pass, the custom fields new columns become,
 * the list and the tags every imported contact gets. Each runs in a transaction of the organization it is given;
 * reads need no actor, changes are recorded as the actor's.
 */
@Component
class ImportChoices {

	/** Reading the organization's choices changes nothing, so it is nobody's act. */
	private static final Actor READER = new Actor.Anonymous();

	private final CustomFields customFields;
	private final ContactSettingsStore settings;
	private final TenantTransactions transactions;
	private final ContactLists lists;
	private final Tags tags;

	ImportChoices(CustomFields customFields, ContactSettingsStore settings, TenantTransactions transactions,
			ContactLists lists, Tags tags) {
		this.customFields = customFields;
		this.settings = settings;
		this.transactions = transactions;
		this.lists = lists;
		this.tags = tags;
	}

	Rules rules(OrganizationId organization) {
		return transactions.call(organization, READER, () -> new Rules(settings.get(organization.value()).privacyMode(),
				customFields.definitions(organization.value()).stream().map(ImportChoices::field).toList()));
	}

	List<Field> createTextFields(OrganizationId organization, Actor actor, List<String> labels) {
		return transactions.call(organization, actor, () -> createFields(organization, actor, labels));
	}

	List<Field> createTextFieldsWhileRoom(OrganizationId organization, Actor actor, List<String> labels) {
		return transactions.call(organization, actor, () -> {
			int room = Math.max(0, CustomFields.LIMIT - customFields.list(organization).size());
			return createFields(organization, actor, labels.subList(0, Math.min(room, labels.size())));
		});
	}

	private List<Field> createFields(OrganizationId organization, Actor actor, List<String> labels) {
		List<Field> created = new ArrayList<>();
		List<CustomFieldDefinition> existing = customFields.list(organization);
		int position = existing.size();
		Set<String> keys = new HashSet<>(existing.stream().map(CustomFieldDefinition::key).toList());
		for (String label : labels) {
			String key = uniqueKey(label, keys);
			keys.add(key);
			created.add(field(customFields.create(organization, actor, key, label.strip().isEmpty() ? key : clip(label.strip(), 100), FieldType.STRING,
					List.of(), false, position++)));
		}
		return created;
	}

	private static String uniqueKey(String label, Set<String> taken) {
		String base = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "field_" + base;
		}
		base = clip(base, 40);
		String key = base;
		for (int n = 2; taken.contains(key); n++) {
			key = base + "_" + n;
		}
		return key;
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static Field field(CustomFieldDefinition definition) {
		return new Field(definition.key(), definition.label(), definition.type().name().toLowerCase(Locale.ROOT));
	}

	@Nullable UUID resolveList(OrganizationId organization, Actor actor, @Nullable UUID listId,
			@Nullable String listName) {
		if (listId != null) {
			return transactions.call(organization, READER, () -> lists.get(organization, listId).id());
		}
		if (listName == null || listName.isBlank()) {
			return null;
		}
		String name = listName.strip();
		return transactions.call(organization, actor, () -> lists.list(organization).stream()
			.filter(list -> list.name().equalsIgnoreCase(name))
			.findFirst()
			.map(ContactLists.ListView::id)
			.orElseGet(() -> lists.create(organization, actor, name, "Created by a CSV import").id()));
	}

	List<Choice> lists(OrganizationId organization) {
		return transactions.call(organization, READER,
				() -> lists.list(organization).stream().map(list -> new Choice(list.id(), list.name())).toList());
	}

	List<Choice> tags(OrganizationId organization) {
		return transactions.call(organization, READER, () -> tags.choices(organization));
	}

	void checkTags(OrganizationId organization, List<UUID> tagIds) {
		if (tagIds.isEmpty()) {
			return;
		}
		Set<UUID> known = new HashSet<>(tags(organization).stream().map(Choice::id).toList());
		if (!known.containsAll(tagIds)) {
			throw NotFoundException.of("Tag");
		}
	}
}
