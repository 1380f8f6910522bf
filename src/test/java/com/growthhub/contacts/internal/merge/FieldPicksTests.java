package com.growthhub.contacts.internal.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.growthhub.contacts.internal.ContactDraft;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PolicyRefusedException;

class FieldPicksTests {

	private static ContactDraft draft(String firstName, String email, Map<String, Object> customFields) {
		ContactDraft draft = new ContactDraft();
		draft.firstName = firstName;
		draft.email = email;
		draft.customFields = new HashMap<>(customFields);
		return draft;
	}

	@Test
	void unnamedFieldsKeepThePrimarysValue() {
		ContactDraft merged = FieldPicks.merge(draft("Ada", "a@x.example", Map.of()), draft("Augusta", "b@x.example", Map.of()),
				Map.of(), false, Set.of());
		assertThat(merged.firstName).isEqualTo("Ada");
		assertThat(merged.email).isEqualTo("a@x.example");
	}

	@Test
	void takesTheDuplicatesValueWhereChosenIncludingCustomFields() {
		ContactDraft merged = FieldPicks.merge(draft("Ada", "a@x.example", Map.of("tier", "gold", "size", 3)),
				draft("Augusta", "b@x.example", Map.of("tier", "silver")),
				Map.of("email", "duplicate", "customFields.tier", "duplicate", "customFields.size", "duplicate",
						"firstName", "primary"),
				false, Set.of());
		assertThat(merged.firstName).isEqualTo("Ada");
		assertThat(merged.email).isEqualTo("b@x.example");
		assertThat(merged.customFields).containsEntry("tier", "silver").doesNotContainKey("size");
	}

	@Test
	void privacyModeRefusesChoosingFreeText() {
		ContactDraft duplicate = draft("Augusta", null, Map.of("diagnosis", "flu"));
		duplicate.notes = "old notes";
		assertThatThrownBy(() -> FieldPicks.merge(draft("Ada", null, Map.of()), duplicate, Map.of("notes", "duplicate"),
				true, Set.of())).isInstanceOf(PolicyRefusedException.class);
		assertThatThrownBy(() -> FieldPicks.merge(draft("Ada", null, Map.of()), duplicate,
				Map.of("customFields.diagnosis", "duplicate"), true, Set.of("diagnosis")))
			.isInstanceOf(PolicyRefusedException.class);
	}

	@Test
	void unknownFieldsAndSidesAreInvalid() {
		assertThatThrownBy(() -> FieldPicks.check(Map.of("type", "duplicate"))).isInstanceOf(InvalidContactException.class);
		assertThatThrownBy(() -> FieldPicks.check(Map.of("email", "newest"))).isInstanceOf(InvalidContactException.class);
	}
}
