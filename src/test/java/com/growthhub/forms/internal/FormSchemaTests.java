package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema and the rules a schema cannot express. */
class FormSchemaTests {

	private final FormSchema schema = new FormSchema();
	/** As the application configures it: enums in lower-case snake_case. */
	private final JsonMapper json = JsonMapper.builder().enable(tools.jackson.databind.cfg.EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
		.enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).build();

	private JsonNode node(String text) {
		return json.readTree(text);
	}

	@Test
	void acceptsAMultiStepFormWithAConditionAndATheme() {
		assertThat(schema.problems(node("""
				{"fields": [
				  {"key": "email", "type": "email", "label": "Email", "required": true, "mapsTo": "email"},
				  {"key": "topic", "type": "radio", "label": "Topic", "options": ["sales", "support"], "step": 1},
				  {"key": "budget", "type": "number", "label": "Budget", "step": 1, "mapsTo": "cf.budget",
				   "showWhen": {"match": "any", "rules": [{"field": "topic", "operator": "equals", "value": "sales"}]}},
				  {"key": "utm", "type": "hidden", "label": "Campaign", "captures": "utm_campaign"}],
				 "steps": [{"title": "You"}, {"title": "Your project"}],
				 "theme": {"primaryColor": "#112233", "radius": 8, "buttonText": "Go", "fontFamily": "serif"},
				 "settings": {"allowedDomains": ["example.com", "localhost:8080"], "proofOfWork": true}}
				"""))).isEmpty();
	}

	@Test
	void refusesUnknownTypesPropertiesAndBadColors() {
		assertThat(schema.problems(node("""
				{"fields": [{"key": "x", "type": "signature", "label": "X"}], "theme": {"primaryColor": "red"}, "extra": 1}
				"""))).extracting(problem -> problem.get("field")).contains("/fields/0/type", "/theme/primaryColor", "/");
		assertThat(schema.problems(node("""
				{"fields": [{"key": "Bad Key", "type": "text", "label": "X", "mapsTo": "password"}]}
				"""))).extracting(problem -> problem.get("field")).contains("/fields/0/key", "/fields/0/mapsTo");
	}

	@Test
	void rulesRefuseForwardConditionsRepeatedKeysAndEscapingCss() {
		FormDefinition definition = new FormDefinitions(json, schema).stored("""
				{"fields": [
				  {"key": "a", "type": "text", "label": "A", "showWhen": {"rules": [{"field": "b", "operator": "is_filled"}]}},
				  {"key": "b", "type": "select", "label": "B"},
				  {"key": "b", "type": "text", "label": "B again", "step": 3}],
				 "theme": {"customCss": "@import url(https://evil.example/x.css); body { color: red }"}}
				""");
		assertThat(FormRules.problems(definition)).extracting(problem -> problem.get("field") + " " + problem.get("message"))
			.contains("/fields/0/showWhen/rules/0/field must name a field before this one",
					"/fields/2/key repeats the key b", "/fields/1/options needs at least one option",
					"/fields/2/step names a step the form does not have")
			.anyMatch(problem -> problem.startsWith("/theme/customCss must not contain at-rules"))
			.anyMatch(problem -> problem.startsWith("/theme/customCss may only use url()"));
		assertThat(FormRules.publishProblems(definition)).anyMatch(p -> p.get("message").contains("email or phone"));
	}

	@Test
	void scopesCustomCssToTheFormContainer() {
		assertThat(ScopedCss.scoped("label, .btn { color: #333 } input:focus { outline: 0 }"))
			.isEqualTo(".gh-form label, .gh-form .btn {color: #333}\n.gh-form input:focus {outline: 0}\n");
		assertThat(ScopedCss.problems("p { color: red } </style><script>alert(1)</script>")).isNotEmpty();
		assertThat(ScopedCss.problems("p { background: url(//evil.example/x.png) }")).isNotEmpty();
		assertThat(ScopedCss.problems("p { background: url(/img/logo.png) }")).isEmpty();
	}
}
