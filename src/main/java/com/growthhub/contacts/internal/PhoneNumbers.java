package com.growthhub.contacts.internal;

import org.springframework.stereotype.Component;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers in E.164 (libphonenumber), read with the organization's default region when no +country is given. */
@Component
public class PhoneNumbers {

	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	/** @throws InvalidContactException when the number cannot be a real phone number */
	public String normalize(String raw, String defaultRegion) {
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

	public boolean isRegion(String region) {
		return util.getSupportedRegions().contains(region);
	}
}
