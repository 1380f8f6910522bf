package com.growthhub.contacts.internal.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.contacts.internal.InvalidContactException;
import com.growthhub.contacts.internal.PhoneNumbers;

/**
 * What a person typed into a contact search, as one SQL condition on {@code contacts c}:
 * <ul>
 * <li>words: each one is the start of a word of the name, company, job title or email address (its parts between
 * "@" and dots), or a near word of the organization's dictionary ({@link TypoTolerantQuery}), accents and case
 * aside: "ana garc" finds Ana García, "lovelace" and "analytical.example" find ada.lovelace@analytical.example.
 * A fragment from inside a word ("velace") does not match: that takes a trigram index, which every write and
 * import would pay for and which is slow on the common fragments of a large organization.</li>
 * <li>with "@": an address by the starts of its words on either side of the "@": "ada@analyt", "@analytical" and
 * "lovelace@" find ada.lovelace@analytical.example. The words narrow the search through the full-text index, and
 * then each must start a word on its own side of the address.</li>
 * <li>a phone number in any format, at least four digits and nothing but digits, spaces and {@code + ( ) - . /}:
 * the numbers that end with those digits ("555-0101", "(415) 555-0101", "4155550101"), the number as the
 * organization's region reads it, and with a leading + the numbers that start with it; and the digits as a word
 * too, for a company or an address with a number in it.</li>
 * </ul>
 */
@Component
class SearchCondition {

	static final int MIN_PHONE_DIGITS = 4;
	private static final int MAX_LENGTH = 200;
	private static final Pattern PHONE = Pattern.compile("[0-9+().\\-/\\s]+");
	/** A word starts at the start of a part of an address or after a dot, dash, underscore or plus. */
	private static final String WORD_START = "(^|[^[:alnum:]])";
	private static final String MATCHES_WORDS = "to_tsvector('simple', c.search_text) @@ to_tsquery('simple', ?)";

	private final JdbcClient jdbc;
	private final TypoTolerantQuery typoTolerant;
	private final PhoneNumbers phoneNumbers;

	SearchCondition(JdbcClient jdbc, TypoTolerantQuery typoTolerant, PhoneNumbers phoneNumbers) {
		this.jdbc = jdbc;
		this.typoTolerant = typoTolerant;
		this.phoneNumbers = phoneNumbers;
	}

	/**
	 * Must run inside a transaction of the organization (row-level security).
	 *
	 * @param region the organization's default phone region
	 * @throws InvalidContactException when the text is too long or has nothing to search for
	 */
	ContactOrder.Condition of(UUID organization, String region, String typed) {
		String text = typed.strip();
		if (text.length() > MAX_LENGTH) {
			throw InvalidContactException.field("q", "must be at most " + MAX_LENGTH + " characters");
		}
		// Folded by the same function that folds the stored text, so both sides agree on every letter.
		String folded = jdbc.sql("select contact_search_fold(?)").param(text).query(String.class).single();
		if (text.contains("@")) {
			return email(text.toLowerCase(Locale.ROOT), folded);
		}
		String digits = text.replaceAll("[^0-9]", "");
		if (digits.length() >= MIN_PHONE_DIGITS && PHONE.matcher(text).matches()) {
			return phone(text, digits, region);
		}
		return new ContactOrder.Condition(MATCHES_WORDS, List.of(typoTolerant.query(organization, folded)));
	}

	private ContactOrder.Condition email(String lowered, String folded) {
		List<String> words = words(folded);
		if (words.isEmpty()) {
			throw InvalidContactException.field("q", "must contain letters or digits");
		}
		List<String> conditions = new ArrayList<>(List.of(MATCHES_WORDS));
		List<Object> params = new ArrayList<>(List.of(String.join(" & ", words.stream().map(word -> word + ":*").toList())));
		int at = lowered.indexOf('@');
		for (String word : words(lowered.substring(0, at))) {
			conditions.add("split_part(c.email, '@', 1) ~ ?");
			params.add(WORD_START + word);
		}
		for (String word : words(lowered.substring(at + 1))) {
			conditions.add("split_part(c.email, '@', 2) ~ ?");
			params.add(WORD_START + word);
		}
		return new ContactOrder.Condition(String.join(" and ", conditions), params);
	}

	private ContactOrder.Condition phone(String text, String digits, String region) {
		Set<String> endings = new LinkedHashSet<>(List.of(digits));
		try {
			// "(020) 7946 0958" in a British organization is +44 20 7946 0958: the typed digits keep the trunk 0.
			endings.add(phoneNumbers.normalize(text, region).substring(1));
		}
		catch (InvalidContactException notAWholeNumber) {
			// A part of a number: its digits are the ending.
		}
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		for (String ending : endings) {
			conditions.add("c.phone_reversed like ?");
			params.add(new StringBuilder(ending).reverse() + "%");
		}
		if (text.startsWith("+")) {
			conditions.add("c.phone like ?");
			params.add("+" + digits + "%");
		}
		conditions.add(MATCHES_WORDS);
		params.add(digits + ":*");
		return new ContactOrder.Condition("(" + String.join(" or ", conditions) + ")", params);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : text.split("(?U)[^\\p{Alnum}]+")) {
			if (!word.isEmpty() && words.size() < TypoTolerantQuery.MAX_WORDS) {
				words.add(word);
			}
		}
		return words;
	}
}
