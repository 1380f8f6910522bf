package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.growthhub.forms.internal.Condition.Match;
import com.growthhub.forms.internal.Condition.Operator;
import com.growthhub.forms.internal.Condition.Rule;

class FieldVisibilityTests {

	static FormField field(String key, FieldType type, Condition showWhen, String... options) {
		return new FormField(key, type, key, false, null, null, null, List.of(options), null, null, 0, showWhen, null);
	}

	static Condition when(Match match, Rule... rules) {
		return new Condition(match, List.of(rules));
	}

	private final FormDefinition form = new FormDefinition(List.of(
			field("interest", FieldType.SELECT, null, "product", "job", "other"),
			field("company", FieldType.TEXT, when(Match.ALL, new Rule("interest", Operator.EQUALS, "Product"))),
			field("size", FieldType.NUMBER, when(Match.ALL, new Rule("company", Operator.IS_FILLED, null))),
			field("details", FieldType.TEXTAREA, when(Match.ANY, new Rule("interest", Operator.EQUALS, "job"),
					new Rule("interest", Operator.EQUALS, "other"))),
			field("both", FieldType.TEXT, when(Match.ALL, new Rule("interest", Operator.EQUALS, "product"),
					new Rule("company", Operator.CONTAINS, "acme")))),
			null, null, null);

	@Test
	void showsAFieldWhenItsConditionHoldsIgnoringCase() {
		assertThat(FieldVisibility.visible(form, Map.of("interest", List.of("product"))))
			.containsExactly("interest", "company");
	}

	@Test
	void anyNeedsOneRuleAndAllNeedsEvery() {
		assertThat(FieldVisibility.visible(form, Map.of("interest", List.of("other")))).contains("details")
			.doesNotContain("company", "both");
		assertThat(FieldVisibility.visible(form, Map.of("interest", List.of("product"), "company", List.of("ACME Ltd"))))
			.contains("both", "size");
	}

	@Test
	void aHiddenFieldCountsAsUnansweredForTheFieldsAfterIt() {
		// company is hidden (interest is job), so its stale answer does not show size.
		assertThat(FieldVisibility.visible(form, Map.of("interest", List.of("job"), "company", List.of("Acme"))))
			.containsExactly("interest", "details");
	}

	@Test
	void anAnswerToAHiddenFieldIsRefusedNotDropped() {
		assertThatThrownBy(() -> AnswerCheck.check(form, Map.of("interest", List.of("job"), "company", List.of("Acme"))))
			.isInstanceOf(FormInputException.class)
			.hasMessageContaining("'company' is hidden by its condition");
	}

	@Test
	void checksTypesOptionsRequiredAndPatterns() {
		FormDefinition definition = new FormDefinition(List.of(
				new FormField("email", FieldType.EMAIL, "Email", true, null, null, null, List.of(), "email", null, 0, null, null),
				new FormField("code", FieldType.TEXT, "Code", false, "[A-Z]{3}", null, null, List.of(), null, null, 0, null, null),
				new FormField("when", FieldType.DATE, "When", false, null, null, null, List.of(), null, null, 0, null, null),
				new FormField("pick", FieldType.MULTI_SELECT, "Pick", false, null, null, null, List.of("a", "b"), null, null,
						0, null, null)),
				null, null, null);
		assertThat(AnswerCheck.check(definition, Map.of("email", List.of("a@b.co"), "code", List.of("ABC"), "pick",
				List.of("a", "b")))).containsKeys("email", "code", "pick");
		assertThatThrownBy(() -> AnswerCheck.check(definition, Map.of("code", List.of("abc"), "when", List.of("31/12/2026"),
				"pick", List.of("c"), "nope", List.of("x"))))
			.isInstanceOfSatisfying(FormInputException.class, ex -> assertThat(
					(java.util.List<?>) ex.getBody().getProperties().get("errors"))
				.map(error -> ((Map<?, ?>) error).get("field") + " " + ((Map<?, ?>) error).get("message"))
				.containsExactlyInAnyOrder("nope is not a field of this form", "email is required",
						"code does not have the expected format", "when must be a date (YYYY-MM-DD)",
						"pick must be one of [a, b]"));
	}
}
