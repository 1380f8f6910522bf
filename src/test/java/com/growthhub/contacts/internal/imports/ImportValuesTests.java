package com.growthhub.contacts.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;

/** Cells read as custom field values the way spreadsheets write them. */
class ImportValuesTests {

	private static CustomFieldDefinition field(FieldType type) {
		return new CustomFieldDefinition(UUID.randomUUID(), "k", "K", type, List.of(), false, 0, Instant.now());
	}

	@Test
	void readsBooleansAsSpreadsheetsWriteThem() {
		CustomFieldDefinition flag = field(FieldType.BOOLEAN);
		for (String yes : List.of("yes", "YES", "Yes", "y", "Y", "1", "true", "TRUE", "True", " yes ", "\tY ")) {
			assertThat(ImportValues.parse(flag, yes)).as(yes).isEqualTo(true);
		}
		for (String no : List.of("no", "NO", "No", "n", "N", "0", "false", "FALSE", " False ")) {
			assertThat(ImportValues.parse(flag, no)).as(no).isEqualTo(false);
		}
		for (String neither : List.of("maybe", "2", "yess", "", "oui")) {
			assertThat(ImportValues.parse(flag, neither)).as(neither).isNull();
		}
		assertThat(ImportValues.expected(flag)).contains("yes/no");
	}

	@Test
	void readsOtherTypesAsTheListFiltersDo() {
		assertThat(ImportValues.parse(field(FieldType.NUMBER), "12.5")).isEqualTo(new java.math.BigDecimal("12.5"));
		assertThat(ImportValues.parse(field(FieldType.NUMBER), "lots")).isNull();
		assertThat(ImportValues.parse(field(FieldType.STRING), "yes")).isEqualTo("yes");
		assertThat(ImportValues.expected(field(FieldType.NUMBER))).isEqualTo("must be a number");
	}
}
