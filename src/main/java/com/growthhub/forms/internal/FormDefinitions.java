package com.growthhub.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes definitions as JSON with the API's conventions (enums in lower-case snake_case): the schema first,
 * then the records, then {@link FormRules}. A definition that fails any of them answers 422 naming every problem.
 */
@Component
public class FormDefinitions {

	private final JsonMapper json;
	private final FormSchema schema;

	FormDefinitions(JsonMapper json, FormSchema schema) {
		this.json = json;
		this.schema = schema;
	}

	public FormDefinition read(JsonNode node) {
		List<Map<String, String>> problems = new ArrayList<>(schema.problems(node));
		if (!problems.isEmpty()) {
			throw FormInputException.definition(problems);
		}
		FormDefinition definition;
		try {
			definition = json.treeToValue(node, FormDefinition.class);
		}
		catch (JacksonException ex) {
			throw FormInputException.definition(List.of(FormInputException.error("/", "could not be read")));
		}
		problems.addAll(FormRules.problems(definition));
		if (!problems.isEmpty()) {
			throw FormInputException.definition(problems);
		}
		return definition;
	}

	/** A definition stored by this application; trusted, not checked again. */
	public FormDefinition stored(String text) {
		return json.readValue(text, FormDefinition.class);
	}

	public String write(FormDefinition definition) {
		return json.writeValueAsString(definition);
	}

	public JsonNode tree(FormDefinition definition) {
		return json.valueToTree(definition);
	}
}
