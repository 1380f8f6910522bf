package com.growthhub.contacts.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactImports.BadValues;
import com.growthhub.contacts.ContactImports.Checked;
import com.growthhub.contacts.ContactImports.RowError;
import com.growthhub.contacts.internal.ContactEditor;
import com.growthhub.contacts.internal.ContactSettings;
import com.growthhub.contacts.internal.PhoneNumbers;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFields;

/** A bad custom field value costs its row, or with skip_field only itself, unless the row still fails without it. */
class ImportRowChecksTests {

	private static final ContactEditor EDITOR = editor();

	/** The editor's constructor is its package's (Spring makes it); the rules are the same. */
	private static ContactEditor editor() {
		try {
			var constructor = ContactEditor.class.getDeclaredConstructor(PhoneNumbers.class, CustomFields.class);
			constructor.setAccessible(true);
			return constructor.newInstance(new PhoneNumbers(), new CustomFields(null, null));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CustomFieldDefinition field(String key, FieldType type, List<String> options, boolean required) {
		return new CustomFieldDefinition(UUID.randomUUID(), key, key, type, options, required, 0, Instant.now());
	}

	private static ImportRowChecks checks(BadValues badValues, boolean privacy, CustomFieldDefinition... fields) {
		ContactSettings settings = new ContactSettings(privacy, false, "GB", ContactSettings.DEFAULT_SCORING, 30,
				ContactSettings.DEFAULT_REQUIRED);
		return new ImportRowChecks(EDITOR, new ContactEditor.Context(settings, List.of(fields), true), List.of(fields),
				badValues);
	}

	private static List<String> fields(List<RowError> errors) {
		return errors.stream().map(RowError::field).toList();
	}

	@Test
	void skipRowLeavesTheRowOut() {
		Checked row = checks(BadValues.SKIP_ROW, false, field("budget", FieldType.NUMBER, List.of(), false))
			.check(2, Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com", "phone", "020 7946 0958",
					"cf.budget", "lots"));
		assertThat(row.staged()).isNull();
		assertThat(fields(row.errors())).containsExactly("customFields.budget");
	}

	@Test
	void skipFieldImportsTheRowWithoutTheValuesItsFieldsRefuse() {
		Checked row = checks(BadValues.SKIP_FIELD, false, field("budget", FieldType.NUMBER, List.of(), false),
				field("tier", FieldType.SELECT, List.of("gold"), false), field("since", FieldType.DATE, List.of(), false),
				field("vip", FieldType.BOOLEAN, List.of(), false))
			.check(2, Map.of("firstName", "Ada", "lastName", "Lovelace", "email", "ada@example.com", "phone", "020 7946 0958",
					"cf.budget", "lots", "cf.tier", "tin", "cf.since", "yesterday", "cf.vip", "Y"));
		assertThat(row.errors()).isEmpty();
		assertThat(row.staged()).isNotNull();
		assertThat(row.staged().get(row.staged().size() - 1)).isEqualTo("{\"vip\":true}");
		assertThat(fields(row.skippedFields())).containsExactlyInAnyOrder("customFields.budget", "customFields.tier",
				"customFields.since");
		assertThat(row.skippedFields().get(0).message()).endsWith("the row was imported without this value");
	}

	@Test
	void skipFieldStillLeavesOutARowWithOtherProblemsOrARequiredFieldItCannotFill() {
		ImportRowChecks checks = checks(BadValues.SKIP_FIELD, false, field("budget", FieldType.NUMBER, List.of(), false));
		Checked badEmail = checks.check(3, Map.of("firstName", "Alan", "lastName", "Turing", "email", "not-an-email",
				"phone", "020 7946 0959", "cf.budget", "lots"));
		assertThat(badEmail.staged()).isNull();
		assertThat(fields(badEmail.errors())).containsExactlyInAnyOrder("email", "customFields.budget");

		Checked required = checks(BadValues.SKIP_FIELD, false, field("budget", FieldType.NUMBER, List.of(), true))
			.check(4, Map.of("firstName", "Grace", "lastName", "Hopper", "email", "grace@example.com",
					"phone", "020 7946 0960", "cf.budget", "lots"));
		assertThat(required.staged()).isNull();
		assertThat(fields(required.errors())).contains("customFields.budget");
	}

	@Test
	void skipFieldLeavesOutFreeTextThatPrivacyModeRefuses() {
		Checked row = checks(BadValues.SKIP_FIELD, true, field("hobby", FieldType.STRING, List.of(), false))
			.check(2, Map.of("firstName", "Ada", "email", "ada@example.com", "phone", "020 7946 0958", "cf.hobby", "chess"));
		assertThat(row.errors()).as("privacy mode asks for no last name").isEmpty();
		assertThat(fields(row.skippedFields())).containsExactly("customFields.hobby");
	}

	@Test
	void aRowWithoutTheRequiredFieldsNamesEachOfThemWhateverBadValuesSays() {
		for (BadValues badValues : BadValues.values()) {
			Checked row = checks(badValues, false).check(5, Map.of("firstName", "Ada", "company", "Engines"));
			assertThat(row.staged()).isNull();
			assertThat(fields(row.errors())).containsExactly("lastName", "email", "phone");
			assertThat(row.errors()).allSatisfy(error -> assertThat(error.message()).isEqualTo("is required"));
		}
	}
}
