package com.growthhub.contacts.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

import com.growthhub.contacts.internal.ContactView;
import com.growthhub.contacts.internal.fields.CustomFieldDefinition.FieldType;

/**
 * The links a contact's page makes of its values, by field name ({@code ${links[field.name]}}): email as
 * {@code mailto:}, phone as {@code tel:}, the LinkedIn address and custom text fields holding a web address (a
 * website) as external links. Values come from people and imports, so a link is only made of what is safely one: an
 * external link only for an absolute http(s) address (never {@code javascript:} or {@code data:}), and no value can
 * add headers to a mailto link. Worked out here rather than called from the template: Thymeleaf refuses a bean call
 * such as {@code th:href="${@links.mailto(v)}"} as "access to static classes ... forbidden in this context".
 */
final class ContactLinks {

	private ContactLinks() {
	}

	static Map<String, String> of(ContactView contact, List<EditableField> fields) {
		Map<String, String> links = new HashMap<>();
		for (EditableField field : fields) {
			Object value = field.value(contact);
			String href = switch (field.input()) {
				case "email" -> mailto(value == null ? null : value.toString());
				case "tel" -> tel(value == null ? null : value.toString());
				case "url" -> external(value);
				case "custom" -> field.definition() != null && field.definition().type() == FieldType.STRING
						? external(value) : null;
				default -> null;
			};
			if (href != null) {
				links.put(field.name(), href);
			}
		}
		return links;
	}

	/** {@code mailto:} with the address percent-encoded, so a {@code ?} or {@code &} in it stays part of it. */
	static @Nullable String mailto(@Nullable String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		return "mailto:" + UriUtils.encode(email.strip(), StandardCharsets.UTF_8).replace("%40", "@");
	}

	/** {@code tel:} with the number as stored (E.164), keeping only the leading plus and digits. */
	static @Nullable String tel(@Nullable String phone) {
		if (phone == null) {
			return null;
		}
		String digits = phone.replaceAll("[^0-9]", "");
		if (digits.isEmpty()) {
			return null;
		}
		return "tel:" + (phone.strip().startsWith("+") ? "+" : "") + digits;
	}

	/** The address itself when it is an absolute http(s) URL with a host; anything else is shown as text. */
	static @Nullable String external(@Nullable Object value) {
		if (!(value instanceof String text) || text.isBlank()) {
			return null;
		}
		try {
			URI uri = new URI(text.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return uri.toASCIIString();
			}
		}
		catch (URISyntaxException ex) {
			// not an address: shown as text
		}
		return null;
	}
}
