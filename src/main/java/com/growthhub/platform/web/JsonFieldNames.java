package com.growthhub.platform.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.DatabindException;

/**
 * The {@code field} of a problem's {@code errors[]}: the JSON property a client sent, not the Java
 * name. Nested properties are joined with dots ({@code customFields.birthday}), list elements keep
 * their index ({@code steps[2].title}); a {@link JsonProperty} name wins over the Java name.
 */
final class JsonFieldNames {

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[([^\\]]*)\\]");

	private JsonFieldNames() {
	}

	/** A bean-validation path such as {@code customFields[birthday]} on {@code target}, as a JSON path. */
	static String of(@Nullable Class<?> target, String beanPath) {
		StringBuilder json = new StringBuilder();
		@Nullable Type type = target;
		Matcher matcher = SEGMENT.matcher(beanPath);
		while (matcher.find()) {
			String property = matcher.group(1);
			String index = matcher.group(2);
			if (property != null) {
				append(json, jsonName(type, property));
				type = propertyType(type, property);
			}
			else if (index != null && index.chars().allMatch(Character::isDigit) && !index.isEmpty()) {
				json.append('[').append(index).append(']');
				type = elementType(type);
			}
			else if (index != null) {
				append(json, index);
				type = elementType(type);
			}
		}
		return json.isEmpty() ? beanPath : json.toString();
	}

	/** Where in the body Jackson failed, as a JSON path; "body" when it failed on the body as a whole. */
	static String of(DatabindException ex) {
		List<String> parts = new ArrayList<>();
		for (var reference : ex.getPath()) {
			parts.add(reference.getPropertyName() != null ? reference.getPropertyName() : "[" + reference.getIndex() + "]");
		}
		StringBuilder json = new StringBuilder();
		parts.forEach(part -> {
			if (part.startsWith("[")) {
				json.append(part);
			}
			else {
				append(json, part);
			}
		});
		return json.isEmpty() ? "body" : json.toString();
	}

	private static void append(StringBuilder json, String name) {
		if (!json.isEmpty()) {
			json.append('.');
		}
		json.append(name);
	}

	private static String jsonName(@Nullable Type type, String property) {
		JsonProperty annotation = annotation(raw(type), property);
		return annotation == null || annotation.value().isEmpty() ? property : annotation.value();
	}

	private static @Nullable JsonProperty annotation(@Nullable Class<?> type, String property) {
		if (type == null) {
			return null;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().equals(property)) {
					JsonProperty onAccessor = component.getAccessor().getAnnotation(JsonProperty.class);
					if (onAccessor != null) {
						return onAccessor;
					}
				}
			}
		}
		Field field = field(type, property);
		return field == null ? null : field.getAnnotation(JsonProperty.class);
	}

	private static @Nullable Type propertyType(@Nullable Type type, String property) {
		Class<?> raw = raw(type);
		if (raw == null) {
			return null;
		}
		if (raw.isRecord()) {
			for (RecordComponent component : raw.getRecordComponents()) {
				if (component.getName().equals(property)) {
					return component.getGenericType();
				}
			}
		}
		Field field = field(raw, property);
		return field == null ? null : field.getGenericType();
	}

	private static @Nullable Type elementType(@Nullable Type type) {
		Class<?> raw = raw(type);
		if (raw == null || !(type instanceof ParameterizedType parameterized)) {
			return raw != null && raw.isArray() ? raw.getComponentType() : null;
		}
		Type[] arguments = parameterized.getActualTypeArguments();
		if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
			return arguments[1];
		}
		return Collection.class.isAssignableFrom(raw) && arguments.length == 1 ? arguments[0] : null;
	}

	private static @Nullable Class<?> raw(@Nullable Type type) {
		if (type instanceof Class<?> raw) {
			return raw;
		}
		return type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw ? raw
				: null;
	}

	private static @Nullable Field field(Class<?> type, String name) {
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}
}
