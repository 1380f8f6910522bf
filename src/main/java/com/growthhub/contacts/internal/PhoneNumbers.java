package com.growthhub.contacts.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in E.164 (libphonenumber), read with the organization's default region when no +country is given. */
@Component
public class PhoneNumbers {

	private static final int MAX_E164_DIGITS = 15;
	private static final String UNKNOWN_REGION = "ZZ";

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	/** @throws InvalidContactException when the number cannot be a real phone number */
	public String normalize(String raw, String defaultRegion) {
		PhoneNumber international = international(raw);
		if (international != null && util.isValidNumber(international)) {
			return util.format(international, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		try {
			PhoneNumber number = util.parse(raw, defaultRegion);
			if (!util.isValidNumber(number)) {
				throw InvalidContactException.field("phone", "is not a valid phone number");
			}
			return util.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
		}
		catch (NumberParseException ex) {
			throw InvalidContactException.field("phone", "is not a phone number");
		}
	}

	/**
	 * Reads the common shape "+country digits" (spaces, dots, dashes and parentheses allowed between them) without
	 * libphonenumber's general parser, whose patterns took three quarters of a CSV import's checking time. The country
	 * code is the one prefix of one to three digits that names a country (calling codes are prefix-free). A national
	 * part that starts with 0 or with the country's trunk prefix is left to the general parser, which knows when to
	 * strip it; so is everything this method does not read as valid.
	 */
	private @Nullable PhoneNumber international(String raw) {
		String text = raw.strip();
		if (text.length() < 2 || text.charAt(0) != '+') {
			return null;
		}
		StringBuilder digits = new StringBuilder(MAX_E164_DIGITS);
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9') {
				if (digits.length() == MAX_E164_DIGITS) {
					return null;
				}
				digits.append(c);
			}
			else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
				return null;
			}
		}
		for (int length = 1; length <= 3 && length < digits.length(); length++) {
			int code = Integer.parseInt(digits, 0, length, 10);
			String region = util.getRegionCodeForCountryCode(code);
			if (region.equals(UNKNOWN_REGION)) {
				continue;
			}
			if (region.equals(PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY)) {
				return null;
			}
			String national = digits.substring(length);
			String trunk = util.getNddPrefixForRegion(region, true);
			if (national.charAt(0) == '0' || (trunk != null && !trunk.isEmpty() && national.charAt(0) == trunk.charAt(0))) {
				return null;
			}
			return new PhoneNumber().setCountryCode(code).setNationalNumber(Long.parseLong(national));
		}
		return null;
	}

	public boolean isRegion(String region) {
		return util.getSupportedRegions().contains(region);
	}
}
