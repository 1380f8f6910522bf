package com.growthhub.forms.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The UTM values a submission's hidden fields captured, keyed like a landing page's ({@code source}, …). */
final class SubmissionUtm {

	private static final String PREFIX = "utm_";

	private SubmissionUtm() {
	}

	static Map<String, String> of(FormDefinition definition, Map<String, List<String>> answers) {
		Map<String, String> utm = new LinkedHashMap<>();
		for (FormField field : definition.fields()) {
			String captures = field.captures();
			if (captures == null || !captures.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
				continue;
			}
			List<String> values = answers.getOrDefault(field.key(), List.of());
			if (!values.isEmpty() && !values.getFirst().isBlank()) {
				utm.put(captures.substring(PREFIX.length()).toLowerCase(Locale.ROOT), values.getFirst().strip());
			}
		}
		return utm;
	}
}
