package com.growthhub.platform.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The API's spelling of enum constants (docs/api.md): {@code IN_PROGRESS} is written {@code in_progress}
 * and read back from {@code in_progress}, {@code IN_PROGRESS}, {@code In-Progress} or {@code in-progress}.
 */
public final class EnumKeys {

	private EnumKeys() {
	}

	public static String key(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/** The constant a key names in any case, with hyphens for underscores; null when none does. */
	public static <E extends Enum<E>> @Nullable E find(Class<E> type, @Nullable String key) {
		if (key == null) {
			return null;
		}
		String name = key.strip().replace('-', '_');
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(name)) {
				return constant;
			}
		}
		return null;
	}

	/** The keys a field of this enum type accepts, for error messages and the API description. */
	public static List<String> allowed(Class<?> type) {
		Object[] constants = enumType(type).getEnumConstants();
		return Arrays.stream(constants).map(constant -> key((Enum<?>) constant)).toList();
	}

	/** "must be one of [a, b, c]": the message of a field with an unknown enum key. */
	public static String mustBeOneOf(Class<?> type) {
		return "must be one of " + allowed(type);
	}

	/** The enum class itself, also for a constant with a body (an anonymous subclass). */
	public static Class<?> enumType(Class<?> type) {
		return type.isEnum() || type.getSuperclass() == null ? type : type.getSuperclass();
	}

	public static boolean isEnum(@Nullable Class<?> type) {
		return type != null && Enum.class.isAssignableFrom(type);
	}
}
