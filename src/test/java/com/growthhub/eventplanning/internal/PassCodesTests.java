package com.growthhub.eventplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PassCodesTests {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private final PassCodes codes = new PassCodes("test-secret".getBytes());

	@Test
	void aCodeNamesItsAttendee() {
		UUID attendee = UUID.randomUUID();
		String code = codes.of(attendee);
		assertThat(code).hasSize(35).matches("[A-Za-z0-9_-]+");
		assertThat(codes.attendee(code)).contains(attendee);
		assertThat(codes.of(attendee)).as("the same every time").isEqualTo(code);
	}

	@Test
	void aChangedOrMadeUpCodeNamesNobody() {
		String code = codes.of(UUID.randomUUID());
		assertThat(codes.attendee(changed(code, 10, 1))).as("a changed character").isEmpty();
		assertThat(codes.attendee(changed(code, 34, 1)))
			.as("the last character changed in a bit the decoder ignores (once one in 16 codes passed)")
			.isEmpty();
		assertThat(codes.attendee(changed(code, 34, 32))).as("the last character changed in a bit it reads").isEmpty();
		assertThat(codes.attendee("not a code")).isEmpty();
		assertThat(codes.attendee("")).isEmpty();
		assertThat(new PassCodes("another-installation".getBytes()).attendee(code)).isEmpty();
	}

	/** The code with the character at {@code index} replaced by the one whose 6-bit value differs in {@code bits}. */
	private static String changed(String code, int index, int bits) {
		char other = ALPHABET.charAt(ALPHABET.indexOf(code.charAt(index)) ^ bits);
		return code.substring(0, index) + other + code.substring(index + 1);
	}
}
