package com.growthhub.onboarding.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import com.growthhub.onboarding.internal.OnboardingStep;
import com.growthhub.onboarding.internal.StepField;

/** A step's answers from a page's form: checkbox groups as lists, the rest as text; the CSRF token left out. */
record FormAnswers(Map<String, Object> answers) {

	static FormAnswers of(OnboardingStep step, MultiValueMap<String, String> form) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (StepField field : step.fields()) {
			List<String> values = form.getOrDefault(field.name(), List.of());
			if (field.kind() == StepField.Kind.CHOICES) {
				answers.put(field.name(), values);
			}
			else if (field.kind() == StepField.Kind.YES_NO) {
				answers.put(field.name(), values.contains("true"));
			}
			else if (!values.isEmpty()) {
				answers.put(field.name(), values.getFirst());
			}
		}
		return new FormAnswers(answers);
	}
}
