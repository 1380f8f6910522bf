package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The UTM a submission carries to FormSubmitted: from the hidden fields that capture utm_*, keyed without the prefix. */
class SubmissionUtmTests {

	@Test
	void takesTheHiddenUtmFieldsKeyedWithoutThePrefixAndSkipsBlanks() {
		FormDefinition definition = new FormDefinition(List.of(
				field("email", FieldType.EMAIL, null), field("src", FieldType.HIDDEN, "utm_source"),
				field("cmp", FieldType.HIDDEN, "UTM_Campaign"), field("med", FieldType.HIDDEN, "utm_medium"),
				field("ref", FieldType.HIDDEN, "referrer")), null, null, null);

		Map<String, String> utm = SubmissionUtm.of(definition, Map.of("email", List.of("a@example.com"), "src",
				List.of(" facebook "), "cmp", List.of("Spring"), "med", List.of(" "), "ref", List.of("https://x.example")));

		assertThat(utm).containsExactly(Map.entry("source", "facebook"), Map.entry("campaign", "Spring"));
		assertThat(SubmissionUtm.of(definition, Map.of())).isEmpty();
	}

	private static FormField field(String key, FieldType type, String captures) {
		return new FormField(key, type, key, false, null, null, null, List.of(), null, captures, 0, null, null);
	}
}
