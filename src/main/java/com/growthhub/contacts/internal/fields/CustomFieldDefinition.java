package com.growthhub.contacts.internal.fields;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organization-defined field on contacts; its values live in {@code contacts.custom_fields}. */
public record CustomFieldDefinition(UUID id, String key, String label, FieldType type, List<String> options,
		boolean required, int position, Instant createdAt) {

	public enum FieldType {
		STRING, NUMBER, BOOLEAN, DATE, SELECT
	}
}
