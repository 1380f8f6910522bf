package com.growthhub.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * Completes the API description with what holds for every operation (docs/api.md), so controllers
 * only describe their own success: the problem+json error answers, {@code security: []} on the
 * public endpoints, a definition for each module tag, and lower-case enum keys ({@link LowerCaseEnumSchemas}).
 */
class ApiDocumentConventions implements OpenApiCustomizer {

	private static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final Map<String, String> ERRORS = errors();

	private final List<String> publicPaths;

	private final List<String> protectedPaths;

	private final AntPathMatcher paths = new AntPathMatcher();

	/** {@code publicPaths} need no token, except those also in {@code protectedPaths}. */
	ApiDocumentConventions(List<String> publicPaths, List<String> protectedPaths) {
		this.publicPaths = publicPaths;
		this.protectedPaths = protectedPaths;
	}

	private static Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put("400", "The request cannot be read or has invalid fields; errors[] names each field");
		errors.put("401", "No valid access token or API token was sent");
		errors.put("403", "The caller's role does not allow this action");
		errors.put("404", "No such resource in the current organization (another organization's ids answer 404 too)");
		errors.put("409", "Conflicts with existing data or with a concurrent change");
		errors.put("422", "Understood but refused by a business rule");
		errors.put("429", "Too many attempts; retry after the seconds in Retry-After");
		errors.put("default", "An unexpected error; it is logged and the answer says nothing more");
		return errors;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.setComponents(components);
		components.addSchemas("FieldError", fieldError());
		components.addSchemas(PROBLEM, problem());
		Set<String> moduleTags = new LinkedHashSet<>();
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean open = isPublic(path);
				if (open) {
					operation.setSecurity(new ArrayList<>());
				}
				addErrors(operation, method, open, path.contains("{"));
				if (operation.getTags() != null && !operation.getTags().isEmpty()) {
					moduleTags.add(operation.getTags().getFirst());
				}
			}));
		}
		defineTags(openApi, moduleTags);
		LowerCaseEnumSchemas.apply(openApi);
	}

	boolean isPublic(String path) {
		return publicPaths.stream().anyMatch(pattern -> paths.match(pattern, path))
				&& protectedPaths.stream().noneMatch(pattern -> paths.match(pattern, path));
	}

	private static void addErrors(Operation operation, HttpMethod method, boolean open, boolean hasId) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD;
		List<String> statuses = new ArrayList<>(List.of("400"));
		if (open) {
			statuses.add("429");
		}
		else {
			statuses.addAll(List.of("401", "403", "404"));
		}
		if (write) {
			statuses.addAll(List.of("409", "422"));
		}
		else if (open && hasId) {
			statuses.add("404");
		}
		statuses.add("default");
		statuses.forEach(status -> {
			if (!responses.containsKey(status)) {
				responses.addApiResponse(status, problemResponse(ERRORS.get(status)));
			}
		});
		// success first, then the errors by status, "default" last
		Map<String, ApiResponse> sorted = new TreeMap<>(
				Comparator.comparing((String status) -> status.equals("default")).thenComparing(status -> status));
		sorted.putAll(responses);
		responses.clear();
		sorted.forEach(responses::addApiResponse);
	}

	private static ApiResponse problemResponse(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Schema<?> problem() {
		Schema<?> errors = array(new Schema<>().$ref("#/components/schemas/FieldError"))
			.description("The fields that are wrong, when the failure is about fields");
		return object("An RFC 9457 problem detail")
			.addProperty("type", string("A URI reference naming the problem type; about:blank when only the status says it"))
			.addProperty("title", string("A short summary of the problem type"))
			.addProperty("status", typed("integer", "The HTTP status").format("int32"))
			.addProperty("detail", string("What went wrong, for a person to read"))
			.addProperty("errors", errors)
			.required(List.of("title", "status"));
	}

	private static Schema<?> fieldError() {
		return object("One invalid field")
			.addProperty("field", string("The JSON property (a dotted path when nested: customFields.birthday) or the "
					+ "query parameter"))
			.addProperty("message", string("What is wrong with it"))
			.required(List.of("field", "message"));
	}

	private static Schema<?> object(String description) {
		return typed("object", description);
	}

	private static Schema<?> string(String description) {
		return typed("string", description);
	}

	private static Schema<?> array(Schema<?> items) {
		Schema<?> array = typed("array", null);
		array.setItems(items);
		return array;
	}

	@SuppressWarnings("rawtypes")
	private static Schema typed(String type, @Nullable String description) {
		Schema<?> schema = new Schema<>().type(type).types(Set.of(type));
		return description == null ? schema : schema.description(description);
	}

	private static void defineTags(OpenAPI openApi, Set<String> moduleTags) {
		List<Tag> tags = openApi.getTags() == null ? new ArrayList<>() : new ArrayList<>(openApi.getTags());
		List<Tag> modules = new ArrayList<>();
		for (String name : moduleTags) {
			if (tags.stream().noneMatch(tag -> tag.getName().equals(name))) {
				modules.add(new Tag().name(name).description("Every operation of the " + name + " module"));
			}
		}
		modules.addAll(tags.stream().sorted(Comparator.comparing(Tag::getName)).toList());
		openApi.setTags(modules);
	}
}
