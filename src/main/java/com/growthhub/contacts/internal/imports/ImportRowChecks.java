package com.growthhub.contacts.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactImports.Checked;
import com.growthhub.contacts.ContactImports.RowError;
import com.growthhub.contacts.ContactImports;
import com.growthhub.contacts.internal.ContactDraft;
import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;

import tools.jackson.databind.json.JsonMapper;

/**
 * One import's row checks: the rules of a single create ({@link ContactEditor}) with the organization's settings
 * and custom fields read once. Answers what to stage for a good row. Safe to use from several threads at once.
 */
final class ImportRowChecks {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ContactEditor editor;
	private final ContactEditor.Context context;
	private final Map<String, CustomFieldDefinition> definitions = new HashMap<>();

	ImportRowChecks(ContactEditor editor, ContactEditor.Context context, List<CustomFieldDefinition> definitions) {
		this.editor = editor;
		this.context = context;
		definitions.forEach(definition -> this.definitions.put(definition.key(), definition));
	}

	Checked check(long row, Map<String, String> values) {
		Map<String, @Nullable Object> changes = new HashMap<>();
		Map<String, Object> custom = new LinkedHashMap<>();
		List<RowError> errors = new ArrayList<>();
		values.forEach((key, raw) -> {
			if (raw == null || raw.isBlank()) {
				return;
			}
			String text = raw.strip();
			if (key.startsWith(ContactImports.CUSTOM)) {
				String fieldKey = key.substring(ContactImports.CUSTOM.length());
				CustomFieldDefinition definition = definitions.get(fieldKey);
				Object value = definition == null ? null : ImportValues.parse(definition, text);
				if (definition == null) {
					errors.add(new RowError(row, "customFields." + fieldKey, "is not a custom field of this organization"));
				}
				else if (value == null) {
					errors.add(new RowError(row, "customFields." + fieldKey, ImportValues.expected(definition)));
				}
				else {
					custom.put(fieldKey, value);
				}
			}
			else {
				changes.put(key, text);
			}
		});
		if (!custom.isEmpty()) {
			changes.put("customFields", custom);
		}
		changes.put("source", "CSV");
		ContactDraft draft = new ContactDraft();
		try {
			editor.apply(draft, changes, context);
		}
		catch (InvalidContactException ex) {
			ex.errors().forEach(error -> errors.add(new RowError(row, error.get("field"), error.get("message"))));
		}
		catch (PolicyRefusedException ex) {
			ex.fields().forEach(field -> errors.add(new RowError(row, field,
					"is refused: this organization runs in privacy mode (first names only, no free text)")));
		}
		if (errors.isEmpty() && draft.email == null && draft.phone == null) {
			errors.add(new RowError(row, "email", "needs an email or a phone to tell this person apart"));
		}
		if (!errors.isEmpty()) {
			return new Checked(row, errors, null);
		}
		return new Checked(row, List.of(), Arrays.asList(String.valueOf(row), draft.type.name(), draft.status,
				draft.firstName, draft.lastName, draft.email, draft.phone, draft.company, draft.jobTitle, draft.linkedinUrl,
				draft.industry, draft.businessType, draft.networkType, draft.priority, draft.campaign, draft.adPlatform,
				draft.notes, JSON.writeValueAsString(draft.customFields)));
	}
}
