package com.growthhub.identity.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One audited value as people read it: a person's or a record's name for its id (a short id when it cannot be
 * named), Yes or No, a time in UTC without its microseconds, an amount in cents as a decimal, a code such as
 * {@code IN_PROGRESS} as "In progress", an object as "Key: value" pairs, a secret as hidden.
 */
record AuditValues(AuditNames.Found names, Map<String, String> references, AuditLabels labels, Locale locale) {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");
	/** Upper-case codes such as {@code IN_PROGRESS} or {@code WON}, read as words. */
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
	/** Columns whose codes are names in their own right: a currency (USD), a region (US), a service's code. */
	private static final Set<String> NAMED_CODES = Set.of("currency", "default_region", "code", "token_prefix");
	private static final int LONGEST = 200;

	/** The value of a column ({@code owner_id}), null when there is none. */
	@Nullable String text(String column, @Nullable JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return null;
		}
		if (value.isBoolean()) {
			return labels.text(value.asBoolean() ? "settings.audit.yes" : "settings.audit.no", locale);
		}
		if (value.isNumber()) {
			return column.endsWith("_cents") ? value.decimalValue().movePointLeft(2).toPlainString() : value.asString();
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.valueStream().map(item -> item(column, item)).filter(Objects::nonNull).forEach(items::add);
			return items.isEmpty() ? null : String.join(", ", items);
		}
		if (value.isObject()) {
			return value.properties().stream()
				.map(entry -> key(entry.getKey()) + ": " + Objects.requireNonNullElse(text(entry.getKey(), entry.getValue()), "—"))
				.collect(Collectors.joining(", "));
		}
		return string(column, value.asString());
	}

	/** Words and JSON field names in a list ({@code required_fields}, {@code concerns}) read capitalized: "Job title". */
	private @Nullable String item(String column, JsonNode item) {
		return item.isString() && item.asString().matches("[a-z]+([A-Z][a-z]*)*") ? AuditLabels.heading(item.asString())
				: text(column, item);
	}

	/** A key of a JSON column ({@code custom_fields.birthday}) as a label: snake case made readable, others kept. */
	static String key(String key) {
		return key.matches("[a-z0-9_]+") ? AuditLabels.heading(key) : key;
	}

	private String string(String column, String text) {
		if (text.equals("[secret]")) {
			return labels.text("settings.audit.hidden", locale);
		}
		if (ID.matcher(text).matches()) {
			UUID id = UUID.fromString(text);
			String type = references.get(column);
			String name = type == null ? null : names.of(type, id);
			return name != null ? name : shortId(id);
		}
		if (TIMESTAMP.matcher(text).matches()) {
			return time(text);
		}
		if (readsAsWords(column, text)) {
			return AuditLabels.heading(text);
		}
		return text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text;
	}

	private static boolean readsAsWords(String column, String text) {
		if (!CODE.matcher(text).matches() || NAMED_CODES.contains(column)) {
			return false;
		}
		// A source is named by its platform: CSV and GHL stay, GOOGLE_SHEETS reads "Google sheets".
		return !column.equals("source") || text.length() > 3;
	}

	static String shortId(UUID id) {
		return id.toString().substring(0, 8);
	}

	private static String time(String text) {
		try {
			return TIME.format(OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC));
		}
		catch (DateTimeParseException ex) {
			try {
				return TIME.format(LocalDateTime.parse(text));
			}
			catch (DateTimeParseException notLocal) {
				return text;
			}
		}
	}
}
