package com.growthhub.contacts.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.ContactImports.BadValues;
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
 * and custom fields read once. Answers what to stage for a good row; with {@link BadValues#SKIP_FIELD} a custom
 * field value that fails costs only itself, unless the row still fails without it. Safe to use from several threads
 * at once.
 */
final class ImportRowChecks {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String CUSTOM_FIELD = "customFields.";

	private final ContactEditor editor;
	private final ContactEditor.Context context;
	private final Map<String, CustomFieldDefinition> definitions = new HashMap<>();
	private final boolean skipFields;

	ImportRowChecks(ContactEditor editor, ContactEditor.Context context, List<CustomFieldDefinition> definitions,
			BadValues badValues) {
		this.editor = editor;
		this.context = context;
		this.skipFields = badValues == BadValues.SKIP_FIELD;
		definitions.forEach(definition -> this.definitions.put(definition.key(), definition));
	}

	/** A row's cells read into changes for the editor; the custom field cells that could not be read. */
	private record Cells(Map<String, @Nullable Object> standard, Map<String, Object> custom, List<RowError> unreadable) {
	}

	/** The editor's answer: the draft, or the problems it found. */
	private record Attempt(ContactDraft draft, List<RowError> errors) {
	}

	Checked check(long row, Map<String, String> values) {
		Cells cells = read(row, values);
		Attempt attempt = attempt(row, cells);
		List<RowError> errors = new ArrayList<>(cells.unreadable());
		errors.addAll(attempt.errors());
		List<RowError> skipped = List.of();
		if (skipFields && !errors.isEmpty() && errors.stream().allMatch(ImportRowChecks::customField)) {
			errors.forEach(error -> cells.custom().remove(error.field().substring(CUSTOM_FIELD.length())));
			Attempt without = attempt(row, cells);
			if (without.errors().isEmpty()) {
				skipped = errors.stream().map(error -> new RowError(row, error.field(),
						error.message() + "; the row was imported without this value")).toList();
				errors = List.of();
				attempt = without;
			}
		}
		ContactDraft draft = attempt.draft();
		if (errors.isEmpty() && draft.email == null && draft.phone == null) {
			errors = List.of(new RowError(row, "email", "needs an email or a phone to tell this person apart"));
		}
		if (!errors.isEmpty()) {
			return new Checked(row, errors, null);
		}
		return new Checked(row, List.of(), Arrays.asList(String.valueOf(row), draft.type.name(), draft.status,
				draft.firstName, draft.lastName, draft.email, draft.phone, draft.company, draft.jobTitle, draft.linkedinUrl,
				draft.industry, draft.businessType, draft.networkType, draft.priority, draft.campaign, draft.adPlatform,
				draft.notes, JSON.writeValueAsString(draft.customFields)), skipped);
	}

	private Cells read(long row, Map<String, String> values) {
		Map<String, @Nullable Object> standard = new HashMap<>();
		Map<String, Object> custom = new LinkedHashMap<>();
		List<RowError> unreadable = new ArrayList<>();
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
					unreadable.add(new RowError(row, CUSTOM_FIELD + fieldKey, "is not a custom field of this organization"));
				}
				else if (value == null) {
					unreadable.add(new RowError(row, CUSTOM_FIELD + fieldKey, ImportValues.expected(definition)));
				}
				else {
					custom.put(fieldKey, value);
				}
			}
			else {
				standard.put(key, text);
			}
		});
		return new Cells(standard, custom, unreadable);
	}

	private Attempt attempt(long row, Cells cells) {
		Map<String, @Nullable Object> changes = new HashMap<>(cells.standard());
		if (!cells.custom().isEmpty()) {
			changes.put("customFields", new LinkedHashMap<>(cells.custom()));
		}
		changes.put("source", "CSV");
		ContactDraft draft = new ContactDraft();
		List<RowError> errors = new ArrayList<>();
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
		return new Attempt(draft, errors);
	}

	private static boolean customField(RowError error) {
		return error.field().startsWith(CUSTOM_FIELD);
	}
}
