package com.growthhub.dataio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.ContactImports;

/** Headers people write map to the right fields; a target is taken once; privacy mode maps no free text. */
class ColumnMappingTests {

	@Test
	void mapsCommonHeaderNamesAndSynonyms() {
		assertThat(ColumnMapping.suggest(List.of("Given name", "Surname", "E-mail", "Mobile", "Job Title", "Shoe size"), List.of(), false))
			.containsExactly(java.util.Map.entry("Given name", "firstName"), java.util.Map.entry("Surname", "lastName"),
					java.util.Map.entry("E-mail", "email"), java.util.Map.entry("Mobile", "phone"),
					java.util.Map.entry("Job Title", "jobTitle"), java.util.Map.entry("Shoe size", "skip"));
	}

	@Test
	void mapsCustomFieldsByKeyOrLabelAndUsesATargetOnce() {
		var mapping = ColumnMapping.suggest(List.of("Budget (USD)", "email", "Email address"),
				List.of(new ContactImports.Field("budget_usd", "Budget (USD)", "number")), false);
		assertThat(mapping.get("Budget (USD)")).isEqualTo("cf.budget_usd");
		assertThat(mapping.get("email")).isEqualTo("email");
		assertThat(mapping.get("Email address")).isEqualTo("skip");
	}

	@Test
	void privacyModeLeavesLastNamesAndNotesUnmapped() {
		var mapping = ColumnMapping.suggest(List.of("First Name", "Last Name", "Notes"), List.of(), true);
		assertThat(mapping.values()).containsExactly("firstName", "skip", "skip");
	}
}
