package com.growthhub.scheduling.internal.invites;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Action;
import com.growthhub.scheduling.internal.invites.AppointmentLinkTokens.Claim;

class AppointmentLinkTokensTests {

	private final AppointmentLinkTokens tokens = new AppointmentLinkTokens("test-secret".getBytes());

	private final Claim claim = new Claim(UUID.randomUUID(), Action.RESCHEDULE, 3, Instant.parse("2026-03-29T09:00:00Z"));

	@Test
	void aTokenNamesItsAppointmentActionRevisionAndExpiry() {
		String token = tokens.of(claim);
		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(tokens.read(token)).contains(claim);
		assertThat(tokens.read(tokens.of(new Claim(claim.appointmentId(), Action.CANCEL, 3, claim.expires()))).get().action())
			.isEqualTo(Action.CANCEL);
	}

	@Test
	void anAlteredOrForeignOrMadeUpTokenNamesNothing() {
		String token = tokens.of(claim);
		char middle = token.charAt(20);
		assertThat(tokens.read(token.substring(0, 20) + (middle == 'A' ? 'B' : 'A') + token.substring(21))).isEmpty();
		assertThat(tokens.read("not a token")).isEmpty();
		assertThat(tokens.read("")).isEmpty();
		assertThat(new AppointmentLinkTokens("another-installation".getBytes()).read(token)).isEmpty();
	}

	@Test
	void expiresWhenTheAppointmentStarts() {
		assertThat(claim.expiredAt(claim.expires().minusSeconds(1))).isFalse();
		assertThat(claim.expiredAt(claim.expires())).isTrue();
	}
}
