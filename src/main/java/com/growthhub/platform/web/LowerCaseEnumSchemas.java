package com.growthhub.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

/**
 * springdoc lists an enum's constant names ({@code IN_PROGRESS}); the API writes lower-case keys
 * (docs/api.md). This rewrites every enum, and an enum default, in components, parameters, request
 * and response bodies to what the API really reads and writes.
 */
final class LowerCaseEnumSchemas {

	private LowerCaseEnumSchemas() {
	}

	static void apply(OpenAPI openApi) {
		Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
		if (openApi.getComponents().getSchemas() != null) {
			openApi.getComponents().getSchemas().values().forEach(schema -> lowerCase(schema, seen));
		}
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(parameter -> lowerCase(parameter.getSchema(), seen));
				}
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
					operation.getRequestBody().getContent().values().forEach(media -> lowerCase(media.getSchema(), seen));
				}
				if (operation.getResponses() != null) {
					operation.getResponses().values().stream().filter(response -> response.getContent() != null)
						.forEach(response -> response.getContent().values()
							.forEach(media -> lowerCase(media.getSchema(), seen)));
				}
			}));
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void lowerCase(@Nullable Schema schema, Map<Schema<?>, Boolean> seen) {
		if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
			return;
		}
		if (schema.getEnum() != null) {
			List<Object> keys = new ArrayList<>();
			for (Object value : (List<Object>) schema.getEnum()) {
				keys.add(value instanceof String text ? text.toLowerCase(Locale.ROOT) : value);
			}
			schema.setEnum(keys);
			if (schema.getDefault() instanceof Enum<?> constant) {
				schema.setDefault(EnumKeys.key(constant));
			}
			else if (schema.getDefault() instanceof String text) {
				schema.setDefault(text.toLowerCase(Locale.ROOT));
			}
		}
		children(schema).forEach(child -> lowerCase(child, seen));
	}

	@SuppressWarnings("rawtypes")
	private static List<Schema> children(Schema<?> schema) {
		List<Schema> children = new ArrayList<>();
		if (schema.getProperties() != null) {
			children.addAll(schema.getProperties().values());
		}
		children.add(schema.getItems());
		if (schema.getAdditionalProperties() instanceof Schema additional) {
			children.add(additional);
		}
		for (Collection<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(),
				schema.getOneOf(), schema.getPrefixItems())) {
			if (composed != null) {
				children.addAll(composed);
			}
		}
		return children;
	}
}
