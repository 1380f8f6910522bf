package com.growthhub.contacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.growthhub.contacts.PrivacyMode;
import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition;

/**
 * One field of a contact that its page edits in place: a standard field under its API name ({@code email}), or a
 * custom field as {@code cf.<key>}, the name the full form gives its input. The methods the templates call are
 * public: Thymeleaf's expressions reach public methods only.
 *
 * @param input how it is shown and typed: {@code text}, {@code email}, {@code tel}, {@code url}, {@code textarea},
 * {@code status}, {@code owner}, {@code priority} or {@code custom}
 * @param definition the custom field's definition, for {@code custom} only
 */
record EditableField(String name, String input, @Nullable CustomFieldDefinition definition) {

	/** The standard fields in page order, with their inputs; the full form edits the others (source, tags, type). */
	private static final List<EditableField> STANDARD = List.of(standard("firstName", "text"),
			standard("lastName", "text"), standard("email", "email"), standard("phone", "tel"),
			standard("company", "text"), standard("jobTitle", "text"), standard("linkedinUrl", "url"),
			standard("industry", "text"), standard("businessType", "text"), standard("networkType", "text"),
			standard("status", "status"), standard("priority", "priority"), standard("ownerId", "owner"),
			standard("campaign", "text"), standard("adPlatform", "text"), standard("notes", "textarea"));

	private static EditableField standard(String name, String input) {
		return new EditableField(name, input, null);
	}

	/** Every field the person may see and change, custom fields last; privacy mode leaves out what it refuses. */
	static List<EditableField> all(List<CustomFieldDefinition> definitions, PrivacyMode privacy) {
		List<EditableField> fields = new ArrayList<>();
		STANDARD.stream().filter(field -> privacy.allowsField(field.name())).forEach(fields::add);
		definitions.stream()
			.filter(definition -> privacy.allowsCustomFieldType(definition.type().name()))
			.map(definition -> new EditableField(CustomFieldInputs.PREFIX + definition.key(), "custom", definition))
			.forEach(fields::add);
		return fields;
	}

	static Optional<EditableField> named(String name, List<CustomFieldDefinition> definitions, PrivacyMode privacy) {
		return all(definitions, privacy).stream().filter(field -> field.name().equals(name)).findFirst();
	}

	/** The message key of the field's label; a custom field has its own label instead. */
	public String labelKey() {
		return "contacts.field." + (name.equals("ownerId") ? "owner" : name);
	}

	/** The contact's stored value of the field, as the page shows it (status and priority as lower-case keys). */
	public @Nullable Object value(ContactView contact) {
		if (definition != null) {
			return contact.customFields().get(definition.key());
		}
		return switch (name) {
			case "firstName" -> contact.firstName();
			case "lastName" -> contact.lastName();
			case "email" -> contact.email();
			case "phone" -> contact.phone();
			case "company" -> contact.company();
			case "jobTitle" -> contact.jobTitle();
			case "linkedinUrl" -> contact.linkedinUrl();
			case "industry" -> contact.industry();
			case "businessType" -> contact.businessType();
			case "networkType" -> contact.networkType();
			case "status" -> contact.status();
			case "priority" -> contact.priority();
			case "ownerId" -> contact.ownerId();
			case "campaign" -> contact.campaign();
			case "adPlatform" -> contact.adPlatform();
			case "notes" -> contact.notes();
			default -> throw new IllegalStateException("No contact field " + name);
		};
	}

	/** The value as its input holds it: empty for none. */
	String text(ContactView contact) {
		Object value = value(contact);
		return value == null ? "" : String.valueOf(value);
	}

	public boolean custom() {
		return definition != null;
	}

	/** The custom field's key, or the standard field's name. */
	public String key() {
		return definition != null ? definition.key() : name;
	}

	/** The name of the field in the service's refusals: {@code email}, {@code customFields.budget}. */
	public String problemName() {
		return definition != null ? "customFields." + definition.key() : name;
	}

	/** A DOM id that stays valid for any custom field key. */
	public String domId() {
		return "field-" + name.replace('.', '-');
	}
}
