package com.growthhub.identity.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.growthhub.platform.web.CurrencyCode;
import com.growthhub.platform.web.TimeZoneId;

/** Currencies and time zones as they are stored: ISO 4217 codes in upper case, IANA zone ids as the JDK spells them. */
public final class PreferenceValues {

	static final String CURRENCY_MESSAGE = "must be an ISO 4217 currency code such as USD";
	static final String ZONE_MESSAGE = "must be a time zone such as Europe/Berlin";

	private PreferenceValues() {
	}

	/** The code of {@code value}, or a 400 naming {@code field}. */
	public static String currency(String field, @Nullable Object value) {
		if (value instanceof String text && CurrencyCode.Validator.known(text)) {
			return text.strip().toUpperCase(Locale.ROOT);
		}
		throw new InvalidPreferenceException(field, CURRENCY_MESSAGE);
	}

	/** The zone id of {@code value}, or a 400 naming {@code field}. */
	public static String zone(String field, @Nullable Object value) {
		if (value instanceof String text && TimeZoneId.Validator.known(text)) {
			return text.strip();
		}
		throw new InvalidPreferenceException(field, ZONE_MESSAGE);
	}
}
