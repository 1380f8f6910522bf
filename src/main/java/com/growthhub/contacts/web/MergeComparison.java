package com.growthhub.contacts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;


/**
 * The rows of the merge review: only the fields where the two contacts differ, since an equal value
 * needs no choice. Type and status are not offered: the merge keeps the primary's lifecycle.
 */
record MergeComparison(List<Row> rows) {

	static final List<String> FIELDS = List.of("firstName", "lastName", "email", "phone", "company", "jobTitle",
			"linkedinUrl", "industry", "businessType", "networkType", "priority", "source", "campaign", "adPlatform",
			"ownerId", "notes");
	static final String CUSTOM = "customFields.";

	/** @param label a message key for a standard field, the definition's label for a custom one */
	record Row(String field, String label, boolean custom, @Nullable Object primary, @Nullable Object duplicate) {
	}

	static MergeComparison of(ContactView primary, ContactView duplicate, List<CustomFieldDefinition> definitions) {
		List<Row> rows = new ArrayList<>();
		for (String field : FIELDS) {
			Object mine = value(primary, field);
			Object theirs = value(duplicate, field);
			if (!Objects.equals(mine, theirs)) {
				rows.add(new Row(field, "contacts.field." + (field.equals("ownerId") ? "owner" : field), false, mine, theirs));
			}
		}
		Map<String, String> labels = new LinkedHashMap<>();
		definitions.forEach(definition -> labels.put(definition.key(), definition.label()));
		primary.customFields().keySet().forEach(key -> labels.putIfAbsent(key, key));
		duplicate.customFields().keySet().forEach(key -> labels.putIfAbsent(key, key));
		labels.forEach((key, label) -> {
			Object mine = primary.customFields().get(key);
			Object theirs = duplicate.customFields().get(key);
			if (!Objects.equals(mine, theirs)) {
				rows.add(new Row(CUSTOM + key, label, true, mine, theirs));
			}
		});
		return new MergeComparison(rows);
	}

	private static @Nullable Object value(ContactView c, String field) {
		return switch (field) {
			case "firstName" -> c.firstName();
			case "lastName" -> c.lastName();
			case "email" -> c.email();
			case "phone" -> c.phone();
			case "company" -> c.company();
			case "jobTitle" -> c.jobTitle();
			case "linkedinUrl" -> c.linkedinUrl();
			case "industry" -> c.industry();
			case "businessType" -> c.businessType();
			case "networkType" -> c.networkType();
			case "priority" -> c.priority();
			case "source" -> c.source();
			case "campaign" -> c.campaign();
			case "adPlatform" -> c.adPlatform();
			case "ownerId" -> c.ownerId();
			case "notes" -> c.notes();
			default -> throw new IllegalArgumentException("not a mergeable field: " + field);
		};
	}
}
