package com.growthhub.contacts.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.ContactType;
import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;
import com.growthhub.contacts.internal.fields.CustomFields;

/**
 * Applies a set of field changes (JSON names; a null value clears the field) to a draft: checks each
 * value, normalizes email and phone, and refuses what privacy mode forbids. Used for create, update
 * and import alike, so the rules are the same everywhere.
 */
@Component
public class ContactEditor {

	static final Set<String> FIELDS = Set.of("type", "status", "firstName", "lastName", "email", "phone", "company",
			"jobTitle", "linkedinUrl", "industry", "businessType", "networkType", "priority", "source", "campaign",
			"campaignId", "adPlatform", "ownerId", "notes", "customFields", "tags");
	static final Set<String> SOURCES = Set.of("CSV", "GOOGLE_SHEETS", "SALESFORCE", "HUBSPOT", "GHL", "CTM", "FORM",
			"MASTERCLASS", "EVENT", "MANUAL", "SMS");
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
	private static final Pattern URL = Pattern.compile("^https?://\\S{3,}$", Pattern.CASE_INSENSITIVE);

	private final PhoneNumbers phones;
	private final CustomFields customFields;

	ContactEditor(PhoneNumbers phones, CustomFields customFields) {
		this.phones = phones;
		this.customFields = customFields;
	}

	public record Context(ContactSettings settings, List<CustomFieldDefinition> definitions, boolean creating) {
	}

	public void apply(ContactDraft draft, Map<String, @Nullable Object> changes, Context context) {
		List<Map<String, String>> errors = new ArrayList<>();
		refusedByPrivacy(changes, context);
		List<String> filledBefore = context.settings().enforcedFields().stream().filter(draft::has).toList();
		for (var change : changes.entrySet()) {
			String field = change.getKey();
			Object value = change.getValue();
			try {
				set(draft, field, value, context);
			}
			catch (FieldProblem problem) {
				errors.add(Map.of("field", field, "message", problem.getMessage()));
			}
		}
		if (changes.get("campaignId") != null && errors.stream().noneMatch(e -> "campaignId".equals(e.get("field")))) {
			// A chosen campaign wins over a name sent with it, whatever the order of the fields.
			draft.campaignId = uuid(changes.get("campaignId"));
		}
		missingRequired(draft, filledBefore, context, errors);
		if (draft.status == null) {
			draft.status = draft.type.defaultStatus();
		}
		else if (!draft.type.allows(draft.status)) {
			errors.add(Map.of("field", "status", "message", "must be one of " + draft.type.statuses() + " for a "
					+ draft.type.key()));
		}
		if (changes.containsKey("customFields") || context.creating()) {
			// Checked even when other fields are wrong, so that one answer names every bad field.
			try {
				draft.customFields = customFields.apply(draft.customFields, customFieldChanges(changes.get("customFields")),
						context.definitions(), "customFields.");
			}
			catch (InvalidContactException ex) {
				errors.addAll(ex.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw InvalidContactException.fields(errors);
		}
	}

	/**
	 * The organization's required fields a new contact lacks, or an update empties. A contact saved before a field
	 * became required may stay without it until someone fills it in.
	 */
	private static void missingRequired(ContactDraft draft, List<String> filledBefore, Context context,
			List<Map<String, String>> errors) {
		for (String field : context.settings().enforcedFields()) {
			boolean named = errors.stream().anyMatch(error -> field.equals(error.get("field")));
			boolean mustHave = context.creating() || filledBefore.contains(field);
			if (mustHave && !named && !draft.has(field)) {
				errors.add(Map.of("field", field, "message", "is required"));
			}
		}
	}

	private void refusedByPrivacy(Map<String, @Nullable Object> changes, Context context) {
		List<String> refused = PrivacyMode.of(context.settings().privacyMode())
			.refused(changes, freeTextFields(context.definitions()));
		if (!refused.isEmpty()) {
			throw new PolicyRefusedException(refused);
		}
	}

	public static Set<String> freeTextFields(List<CustomFieldDefinition> definitions) {
		Set<String> keys = new HashSet<>();
		definitions.stream().filter(d -> PrivacyMode.isFreeText(d.type().name())).forEach(d -> keys.add(d.key()));
		return keys;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, @Nullable Object> customFieldChanges(@Nullable Object value) {
		if (value == null) {
			return Map.of();
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw InvalidContactException.field("customFields", "must be an object of key → value");
		}
		return new LinkedHashMap<>((Map<String, Object>) map);
	}

	private void set(ContactDraft draft, String field, @Nullable Object value, Context context) {
		switch (field) {
			case "type" -> {
				if (!context.creating()) {
					throw new FieldProblem("changes only through convert");
				}
				draft.type = parseType(value);
			}
			case "status" -> draft.status = optionalText(value, 40) == null ? null : optionalText(value, 40).toLowerCase(Locale.ROOT);
			case "firstName" -> draft.firstName = requiredText(value, 100);
			case "lastName" -> draft.lastName = optionalText(value, 100);
			case "email" -> draft.email = email(value);
			case "phone" -> {
				String raw = optionalText(value, 40);
				draft.phone = raw == null ? null : phone(raw, context.settings().defaultRegion());
			}
			case "company" -> draft.company = optionalText(value, 200);
			case "jobTitle" -> draft.jobTitle = optionalText(value, 200);
			case "linkedinUrl" -> draft.linkedinUrl = url(value);
			case "industry" -> draft.industry = optionalText(value, 100);
			case "businessType" -> draft.businessType = optionalText(value, 100);
			case "networkType" -> draft.networkType = optionalText(value, 100);
			case "priority" -> draft.priority = oneOf(value, Set.of("LOW", "MEDIUM", "HIGH"));
			case "source" -> {
				String source = oneOf(value, SOURCES);
				draft.source = source == null ? "MANUAL" : source;
			}
			case "campaign" -> {
				// A new name names its own campaign, resolved when the contact is stored.
				draft.campaign = optionalText(value, 200);
				draft.campaignId = null;
			}
			case "campaignId" -> {
				draft.campaignId = uuid(value);
				if (draft.campaignId == null) {
					draft.campaign = null;
				}
			}
			case "adPlatform" -> draft.adPlatform = optionalText(value, 100);
			case "ownerId" -> draft.ownerId = uuid(value);
			case "notes" -> draft.notes = optionalText(value, 10000);
			case "customFields" -> {
				// applied after the plain fields, against the organization's definitions
			}
			case "tags" -> draft.tags = uuids(value);
			default -> throw new FieldProblem("is not a contact field");
		}
	}

	private static ContactType parseType(@Nullable Object value) {
		try {
			return ContactType.fromKey(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("must be one of target, contact, plug, lead, client");
		}
	}

	private static String requiredText(@Nullable Object value, int max) {
		String text = optionalText(value, max);
		if (text == null) {
			throw new FieldProblem("is required");
		}
		return text;
	}

	static @Nullable String optionalText(@Nullable Object value, int max) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw new FieldProblem("must be text");
		}
		String stripped = text.strip();
		if (stripped.length() > max) {
			throw new FieldProblem("must be at most " + max + " characters");
		}
		return stripped.isEmpty() ? null : stripped;
	}

	private static @Nullable String email(@Nullable Object value) {
		String text = optionalText(value, 254);
		if (text == null) {
			return null;
		}
		if (!EMAIL.matcher(text).matches()) {
			throw new FieldProblem("is not a valid email address");
		}
		return text.toLowerCase(Locale.ROOT);
	}

	private String phone(String raw, String region) {
		try {
			return phones.normalize(raw, region);
		}
		catch (InvalidContactException ex) {
			throw new FieldProblem("is not a valid phone number");
		}
	}

	private static @Nullable String url(@Nullable Object value) {
		String text = optionalText(value, 500);
		if (text != null && !URL.matcher(text).matches()) {
			throw new FieldProblem("must be an http(s) address");
		}
		return text;
	}

	private static @Nullable String oneOf(@Nullable Object value, Set<String> allowed) {
		String text = optionalText(value, 40);
		if (text == null) {
			return null;
		}
		String upper = text.toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new FieldProblem("must be one of " + allowed.stream().map(s -> s.toLowerCase(Locale.ROOT)).sorted().toList());
		}
		return upper;
	}

	private static @Nullable UUID uuid(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem("must be an id");
		}
	}

	private static List<UUID> uuids(@Nullable Object value) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new FieldProblem("must be a list of ids");
		}
		List<UUID> ids = new ArrayList<>();
		for (Object item : list) {
			UUID id = uuid(item);
			if (id == null) {
				throw new FieldProblem("must be a list of ids");
			}
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** A problem with one field, collected into the 400 answer. */
	static final class FieldProblem extends RuntimeException {
		FieldProblem(String message) {
			super(message, null, false, false);
		}
	}
}
