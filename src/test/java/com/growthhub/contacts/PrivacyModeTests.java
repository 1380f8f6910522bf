package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PrivacyModeTests {

	private final PrivacyMode on = PrivacyMode.of(true);

	private final PrivacyMode off = PrivacyMode.of(false);

	@Test
	void keepsAFirstNameOnly() {
		assertThat(on.allowsField("firstName")).isTrue();
		assertThat(on.allowsField("email")).isTrue();
		assertThat(on.allowsField("lastName")).isFalse();
		assertThat(on.allowsField("notes")).isFalse();
		assertThat(on.allowsCustomFieldType("STRING")).isFalse();
		assertThat(on.allowsCustomFieldType("number")).isTrue();
		assertThat(on.allowsFreeText()).isFalse();
		assertThat(on.name("Ada", "Lovelace")).isEqualTo("Ada");
	}

	@Test
	void allowsEverythingWhenOff() {
		assertThat(off.allowsField("lastName")).isTrue();
		assertThat(off.allowsCustomFieldType("string")).isTrue();
		assertThat(off.allowsFreeText()).isTrue();
		assertThat(off.name("Ada", "Lovelace")).isEqualTo("Ada Lovelace");
		assertThat(off.name("Ada", " ")).isEqualTo("Ada");
	}

	@Test
	void namesTheRefusedFieldsOfAChange() {
		Map<String, @Nullable Object> changes = new HashMap<>();
		changes.put("firstName", "Ada");
		changes.put("lastName", "Lovelace");
		changes.put("notes", " ");
		changes.put("customFields", Map.of("nickname", "Countess", "employees", 12));

		assertThat(on.refused(changes, Set.of("nickname"))).containsExactly("lastName", "customFields.nickname");
		assertThat(off.refused(changes, Set.of("nickname"))).isEmpty();
	}
}
