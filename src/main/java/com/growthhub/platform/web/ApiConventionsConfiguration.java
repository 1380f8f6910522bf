package com.growthhub.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * The JSON conventions of docs/api.md applied once for every type instead of per class: enums are
 * written as lower-case snake_case keys and read in any case (hyphens too), in JSON bodies, map keys,
 * query parameters, path variables and form fields alike.
 */
@Configuration(proxyBeanMethods = false)
class ApiConventionsConfiguration implements WebMvcConfigurer {

	@Bean
	JsonMapperBuilderCustomizer enumKeysInJson() {
		return builder -> builder.enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
			.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
			.addHandler(new HyphenatedEnumKeys())
			.addModule(new StorableJsonValues());
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new StringToEnumKey());
		registry.addFormatterForFieldType(Amount.class, new Amount.TypedFormatter());
	}

	/** Jackson already ignores case; this also takes {@code in-progress} for {@code IN_PROGRESS}. */
	static final class HyphenatedEnumKeys extends DeserializationProblemHandler {

		@Override
		public @Nullable Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType,
				String value, String failureMessage) {
			return lookup(targetType, value);
		}

		@Override
		public @Nullable Object handleWeirdKey(DeserializationContext context, Class<?> rawKeyType, String keyValue,
				String failureMessage) {
			return lookup(rawKeyType, keyValue);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private static Object lookup(Class<?> type, String value) {
			if (!EnumKeys.isEnum(type)) {
				return NOT_HANDLED;
			}
			Object constant = EnumKeys.find((Class) EnumKeys.enumType(type), value);
			return constant == null ? NOT_HANDLED : constant;
		}
	}

	/** Replaces Spring's exact-name String to Enum conversion for request parameters and path variables. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class StringToEnumKey implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			Class enumType = EnumKeys.enumType(targetType);
			return source -> {
				if (source.isBlank()) {
					return null;
				}
				Enum constant = EnumKeys.find(enumType, source);
				if (constant == null) {
					throw new IllegalArgumentException(EnumKeys.mustBeOneOf(enumType));
				}
				return (T) constant;
			};
		}
	}
}
