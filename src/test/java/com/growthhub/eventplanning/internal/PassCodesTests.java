package com.growthhub.eventplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PassCodesTests {

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
		char last = code.charAt(code.length() - 1);
		assertThat(codes.attendee(code.substring(0, code.length() - 1) + (last == 'A' ? 'B' : 'A'))).isEmpty();
		assertThat(codes.attendee("not a code")).isEmpty();
		assertThat(codes.attendee("")).isEmpty();
		assertThat(new PassCodes("another-installation".getBytes()).attendee(code)).isEmpty();
	}
}
