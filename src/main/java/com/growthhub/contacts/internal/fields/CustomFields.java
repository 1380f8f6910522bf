package com.growthhub.contacts.internal.fields;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.internal.ContactConflictException;
import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

import tools.jackson.databind.json.JsonMapper;

/** Custom field definitions (at most 50 per organization) and the typed validation of their values. */
@Service
public class CustomFields {

	public static final int LIMIT = 50;
	static final int MAX_STRING = 1000;
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	public CustomFields(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** A read that depends on nobody in particular, so it runs for no actor. */
	public List<CustomFieldDefinition> list(OrganizationId organization) {
		return transactions.call(organization, new Actor.Anonymous(), () -> definitions(organization.value()));
	}

	public CustomFieldDefinition get(OrganizationId organization, UUID id) {
		return list(organization).stream().filter(d -> d.id().equals(id)).findFirst()
			.orElseThrow(() -> NotFoundException.of("Custom field"));
	}

	public List<CustomFieldDefinition> definitions(UUID organization) {
		return jdbc.sql("""
				select id, key, label, type, options::text as options, required, position, created_at
				from custom_field_definitions where organization_id = ? order by position, key
				""").param(organization).query((rs, n) -> new CustomFieldDefinition(rs.getObject("id", UUID.class),
				rs.getString("key"), rs.getString("label"), FieldType.valueOf(rs.getString("type")),
				List.of(JSON.readValue(rs.getString("options"), String[].class)), rs.getBoolean("required"),
				rs.getInt("position"), rs.getTimestamp("created_at").toInstant())).list();
	}

	public CustomFieldDefinition create(OrganizationId organization, Actor actor, String key, String label,
			FieldType type, List<String> options, boolean required, int position) {
		UUID org = organization.value();
		checkOptions(type, options);
		return transactions.call(organization, actor, () -> {
			// Serializes concurrent creations per organization so the limit holds exactly.
			jdbc.sql("select pg_advisory_xact_lock(hashtext('custom-fields:' || ?))").param(org.toString())
				.query(Object.class).single();
			List<CustomFieldDefinition> existing = definitions(org);
			if (existing.size() >= LIMIT) {
				throw new CustomFieldLimitException();
			}
			if (existing.stream().anyMatch(d -> d.key().equals(key))) {
				throw ContactConflictException.duplicateName("custom field");
			}
			UUID id = Ids.next();
			jdbc.sql("""
					insert into custom_field_definitions (id, organization_id, key, label, type, options, required, position)
					values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)
					""").params(id, org, key, label.strip(), type.name(), JSON.writeValueAsString(options), required,
					position).update();
			return definitions(org).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
		});
	}

	public CustomFieldDefinition update(OrganizationId organization, Actor actor, UUID id, @Nullable String label,
			@Nullable List<String> options, @Nullable Boolean required, @Nullable Integer position) {
		UUID org = organization.value();
		return transactions.call(organization, actor, () -> {
			CustomFieldDefinition current = definitions(org).stream()
				.filter(d -> d.id().equals(id))
				.findFirst()
				.orElseThrow(() -> NotFoundException.of("Custom field"));
			List<String> newOptions = options != null ? options : current.options();
			checkOptions(current.type(), newOptions);
			jdbc.sql("""
					update custom_field_definitions set label = ?, options = cast(? as jsonb), required = ?, position = ?,
					  updated_at = now(), version = version + 1
					where id = ? and organization_id = ?
					""").params(label != null ? label.strip() : current.label(), JSON.writeValueAsString(newOptions),
					required != null ? required : current.required(), position != null ? position : current.position(), id,
					org).update();
			return definitions(org).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
		});
	}

	/** Removes the definition and its values from every contact. */
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		UUID org = organization.value();
		transactions.run(organization, actor, () -> {
			String key = jdbc.sql("delete from custom_field_definitions where id = ? and organization_id = ? returning key")
				.params(id, org)
				.query(String.class)
				.optional()
				.orElseThrow(() -> NotFoundException.of("Custom field"));
			jdbc.sql("update contacts set custom_fields = custom_fields - ? where organization_id = ? and jsonb_exists(custom_fields, ?)")
				.params(key, org, key)
				.update();
		});
	}

	/**
	 * Merges {@code changes} into {@code current} after checking each value against its definition; a null
	 * value removes the field. Required fields must be present afterwards.
	 */
	public Map<String, Object> apply(Map<String, Object> current, Map<String, @Nullable Object> changes,
			List<CustomFieldDefinition> definitions, String fieldPrefix) {
		Map<String, CustomFieldDefinition> byKey = new HashMap<>();
		definitions.forEach(d -> byKey.put(d.key(), d));
		Map<String, Object> result = new HashMap<>(current);
		List<Map<String, String>> errors = new ArrayList<>();
		changes.forEach((key, value) -> {
			CustomFieldDefinition definition = byKey.get(key);
			if (definition == null) {
				errors.add(Map.of("field", fieldPrefix + key, "message", "is not a custom field of this organization"));
				return;
			}
			if (value == null) {
				result.remove(key);
				return;
			}
			String problem = problem(definition, value);
			if (problem != null) {
				errors.add(Map.of("field", fieldPrefix + key, "message", problem));
			}
			else {
				result.put(key, normalized(definition, value));
			}
		});
		definitions.stream()
			.filter(d -> d.required() && !result.containsKey(d.key()))
			.forEach(d -> errors.add(Map.of("field", fieldPrefix + d.key(), "message", "is required")));
		if (!errors.isEmpty()) {
			throw InvalidContactException.fields(errors);
		}
		return result;
	}

	/** Turns a filter value from a query string into the JSON value stored for that field. */
	public static @Nullable Object parseFilter(CustomFieldDefinition definition, String raw) {
		return switch (definition.type()) {
			case NUMBER -> {
				try {
					yield new java.math.BigDecimal(raw);
				}
				catch (NumberFormatException ex) {
					yield null;
				}
			}
			case BOOLEAN -> raw.equalsIgnoreCase("true") ? Boolean.TRUE : raw.equalsIgnoreCase("false") ? Boolean.FALSE : null;
			case STRING, DATE, SELECT -> raw;
		};
	}

	private static @Nullable String problem(CustomFieldDefinition definition, Object value) {
		return switch (definition.type()) {
			case STRING -> value instanceof String text ? (text.length() > MAX_STRING ? "is longer than 1000 characters" : null)
					: "must be text";
			case NUMBER -> value instanceof Number ? null : "must be a number";
			case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
			case DATE -> value instanceof String text && isDate(text) ? null : "must be a date (YYYY-MM-DD)";
			case SELECT -> value instanceof String text && definition.options().contains(text) ? null
					: "must be one of " + definition.options();
		};
	}

	private static Object normalized(CustomFieldDefinition definition, Object value) {
		return value instanceof String text && definition.type() == FieldType.STRING ? text.strip() : value;
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static void checkOptions(FieldType type, List<String> options) {
		if (type == FieldType.SELECT && (options.isEmpty() || options.size() > 100
				|| options.stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100))) {
			throw InvalidContactException.field("options", "a select field needs 1 to 100 options of 1 to 100 characters");
		}
		if (type != FieldType.SELECT && !options.isEmpty()) {
			throw InvalidContactException.field("options", "only select fields have options");
		}
	}

	static final class CustomFieldLimitException extends ProblemException {
		CustomFieldLimitException() {
			super(HttpStatus.CONFLICT, "Custom field limit reached",
					"An organization can define at most " + LIMIT + " custom fields. Delete one first.");
		}
	}
}
