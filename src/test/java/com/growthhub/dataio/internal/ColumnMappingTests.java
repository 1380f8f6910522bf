package com.growthhub.dataio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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

	@Test
	void mapsGermanFrenchAndSpanishHeadersWithOrWithoutAccents() {
		Map<String, String> german = ColumnMapping.suggest(List.of("Vorname", "Nachname", "E-Mail-Adresse", "Telefon", "Handy",
				"Firma", "Position", "Bemerkungen"), List.of(), false);
		assertThat(german.values()).containsExactly("firstName", "lastName", "email", "phone", "skip", "company", "jobTitle",
				"notes");
		assertThat(ColumnMapping.suggest(List.of("Handy", "Unternehmen"), List.of(), false).values())
			.containsExactly("phone", "company");
		Map<String, String> french = ColumnMapping.suggest(List.of("Prénom", "NOM", "Courriel", "Téléphone", "Entreprise",
				"Poste"), List.of(), false);
		assertThat(french.values()).containsExactly("firstName", "lastName", "email", "phone", "company", "jobTitle");
		assertThat(ColumnMapping.suggest(List.of("prenom", "Portable", "Société"), List.of(), false).values())
			.containsExactly("firstName", "phone", "company");
		Map<String, String> spanish = ColumnMapping.suggest(List.of("Nombre", "Apellido(s)", "Correo electrónico", "Móvil",
				"Empresa", "Cargo"), List.of(), false);
		assertThat(spanish.values()).containsExactly("firstName", "lastName", "email", "phone", "company", "jobTitle");
		assertThat(ColumnMapping.suggest(List.of("APELLIDOS", "Teléfono", "CORREO ELECTRONICO"), List.of(), false).values())
			.containsExactly("lastName", "phone", "email");
	}

	@Test
	void aBirthdayColumnGoesToTheBirthdayFieldOrSuggestsOne() {
		List<ContactImports.Field> birthday = List.of(new ContactImports.Field("birthday", "Birthday", "date"));
		for (String header : List.of("Date of Birth", "DOB", "Birthday", "date_of_birth")) {
			assertThat(ColumnMapping.suggest(List.of(header), birthday, false).get(header)).as(header).isEqualTo("cf.birthday");
			assertThat(ColumnMapping.suggest(List.of(header), List.of(), false).get(header)).as(header).isEqualTo("new");
		}
		assertThat(ColumnMapping.suggest(List.of("DOB", "Birthday"), List.of(), false).values()).as("one new field")
			.containsExactly("new", "skip");
		assertThat(ColumnMapping.suggest(List.of("DOB"), List.of(), true).get("DOB")).as("privacy mode makes no free text")
			.isEqualTo("skip");
	}
}
