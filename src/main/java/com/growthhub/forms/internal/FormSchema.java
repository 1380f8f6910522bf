package com.growthhub.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schema of a form definition, published at {@code GET /api/v1/forms/schema.json} and the first check of every
 * definition the API or the builder's JSON view receives (shape, types, enums, lengths). What a schema cannot say
 * (keys unique, conditions pointing backwards) is {@link FormRules}.
 */
@Component
public class FormSchema {

	private final String text;
	private final Schema schema;
	private final Set<String> fieldProperties;

	public FormSchema() {
		try (InputStream in = new ClassPathResource("forms/form-definition.schema.json").getInputStream()) {
			this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JsonNode node = JsonMapper.builder().build().readTree(text);
		this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
		this.fieldProperties = Set.copyOf(node.path("$defs").path("field").path("properties").propertyNames());
	}

	public String text() {
		return text;
	}

	/** The properties a field may have, so the builder offers only what this schema accepts. */
	public Set<String> fieldProperties() {
		return fieldProperties;
	}

	private static String pointer(String location) {
		return location.isEmpty() ? "/" : location;
	}

	/** The schema's complaints, as {@code {field: "/fields/0/type", message}} (JSON pointers); empty when the definition fits. */
	public List<Map<String, String>> problems(JsonNode definition) {
		return schema.validate(definition).stream()
			.map(error -> FormInputException.error(pointer(String.valueOf(error.getInstanceLocation())), error.getMessage()))
			.distinct()
			.toList();
	}
}
