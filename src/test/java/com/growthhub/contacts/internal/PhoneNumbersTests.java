package com.growthhub.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

class PhoneNumbersTests {

	private final PhoneNumbers phones = new PhoneNumbers();
	private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

	@Test
	void theShortcutForInternationalNumbersAgreesWithLibphonenumberForEveryRegionsExamples() throws NumberParseException {
		List<String> written = new ArrayList<>();
		for (String region : util.getSupportedRegions()) {
			for (PhoneNumberType type : PhoneNumberType.values()) {
				PhoneNumber example = util.getExampleNumberForType(region, type);
				if (example != null) {
					String international = util.format(example, PhoneNumberFormat.INTERNATIONAL);
					String e164 = util.format(example, PhoneNumberFormat.E164);
					String nationalPrefixed = "+" + example.getCountryCode() + " " + util.format(example, PhoneNumberFormat.NATIONAL);
					written.addAll(List.of(international, e164, international.replace(' ', '-'), nationalPrefixed,
							"+" + example.getCountryCode() + " (" + e164.substring(2, 5) + ") " + e164.substring(5)));
				}
			}
		}
		assertThat(written).hasSizeGreaterThan(2_000);
		int compared = 0;
		for (String number : written) {
			String expected = libphonenumber(number);
			if (expected == null) {
				assertThatThrownBy(() -> phones.normalize(number, "US")).as(number).isInstanceOf(InvalidContactException.class);
			}
			else {
				assertThat(phones.normalize(number, "US")).as(number).isEqualTo(expected);
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(1_000);
	}

	@Test
	void trunkPrefixesAndNationalNumbersGoThroughTheGeneralParser() {
		assertThat(phones.normalize("+44 (0) 20 7946 0958", "US")).isEqualTo("+442079460958");
		assertThat(phones.normalize("(646) 555-0100", "US")).isEqualTo("+16465550100");
		assertThat(phones.normalize("020 7946 0958", "GB")).isEqualTo("+442079460958");
		assertThat(phones.normalize("+1 (646) 200-0001", "DE")).isEqualTo("+16462000001");
		assertThatThrownBy(() -> phones.normalize("+1 (123) 200-0001", "US")).isInstanceOf(InvalidContactException.class);
		assertThatThrownBy(() -> phones.normalize("+999 1234 5678", "US")).isInstanceOf(InvalidContactException.class);
		assertThatThrownBy(() -> phones.normalize("+1234567890123456789", "US")).isInstanceOf(InvalidContactException.class);
	}

	private String libphonenumber(String raw) {
		try {
			PhoneNumber number = util.parse(raw, "US");
			return util.isValidNumber(number) ? util.format(number, PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException ex) {
			return null;
		}
	}
}
