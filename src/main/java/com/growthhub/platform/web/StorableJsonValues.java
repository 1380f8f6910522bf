package com.growthhub.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while reading a JSON body, values that parse but cannot be stored: text with a NUL character (PostgreSQL
 * text cannot hold one) or half of a surrogate pair (no valid UTF-8 exists for it, so it would come back as "?"), and
 * dates outside years 1–9999 (beyond them the JDBC conversion overflows). Each answers 400 naming the field instead
 * of failing deep in a service.
 */
final class StorableJsonValues extends SimpleModule {

	private static final int FIRST_YEAR = 1;
	private static final int LAST_YEAR = 9999;

	StorableJsonValues() {
		super("growthhub-storable-json-values");
		setDeserializerModifier(new ValueDeserializerModifier() {
			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
					ValueDeserializer<?> deserializer) {
				Class<?> type = bean.getBeanClass();
				if (type == String.class) {
					return new CheckedText(deserializer);
				}
				if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
						|| type == LocalDate.class || type == LocalDateTime.class) {
					return new CheckedDate(deserializer);
				}
				return deserializer;
			}
		});
	}

	/** Where a text cannot be kept, the reason; null when it can. */
	static @Nullable String unstorable(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "contains a NUL character";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains half of a UTF-16 surrogate pair (not valid Unicode text)";
			}
		}
		return null;
	}

	private static final class CheckedText extends DelegatingDeserializer {

		CheckedText(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CheckedText(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			Object value = super.deserialize(parser, context);
			if (value instanceof String text) {
				String reason = unstorable(text);
				if (reason != null) {
					throw new RefusedJsonValueException(parser, reason, text, String.class);
				}
			}
			return value;
		}
	}

	private static final class CheckedDate extends DelegatingDeserializer {

		CheckedDate(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new CheckedDate(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
			Object value = super.deserialize(parser, context);
			if (value instanceof TemporalAccessor time && !withinCalendar(time)) {
				throw new RefusedJsonValueException(parser,
						"must be a date between the years " + FIRST_YEAR + " and " + LAST_YEAR, value.toString(),
						value.getClass());
			}
			return value;
		}

		private static boolean withinCalendar(TemporalAccessor time) {
			long year = time instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC).getYear()
					: time.getLong(ChronoField.YEAR);
			return year >= FIRST_YEAR && year <= LAST_YEAR;
		}
	}
}
