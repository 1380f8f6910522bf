package com.growthhub.contacts.internal.imports;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFields;

/**
 * A cell's text as a custom field's value. Spreadsheets write booleans in many ways, so an import reads
 * {@code yes/no}, {@code y/n}, {@code 1/0} and {@code true/false} in any case; other types read as the list filters do.
 */
final class ImportValues {

	private static final Map<String, Boolean> BOOLEANS = Map.of("true", true, "false", false, "yes", true, "no", false, "y",
			true, "n", false, "1", true, "0", false);

	private ImportValues() {
	}

	/** The value to store, or null when the text is not one of the field's type. */
	static @Nullable Object parse(CustomFieldDefinition definition, String text) {
		return definition.type() == FieldType.BOOLEAN ? bool(text) : CustomFields.parseFilter(definition, text);
	}

	static @Nullable Boolean bool(String text) {
		return BOOLEANS.get(text.strip().toLowerCase(Locale.ROOT));
	}

	/** What a cell that {@link #parse} refused must be. */
	static String expected(CustomFieldDefinition definition) {
		return definition.type() == FieldType.BOOLEAN ? "must be true or false (or yes/no, y/n, 1/0)"
				: "must be a " + definition.type().name().toLowerCase(Locale.ROOT);
	}
}
