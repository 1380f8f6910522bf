package com.growthhub.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every pair of statuses: only a scheduled appointment moves, and only forward. */
class AppointmentStatusTests {

	@ParameterizedTest
	@EnumSource(AppointmentStatus.class)
	void onlyScheduledMovesAndNeverToItself(AppointmentStatus from) {
		for (AppointmentStatus to : AppointmentStatus.values()) {
			boolean allowed = from == AppointmentStatus.SCHEDULED && to != AppointmentStatus.SCHEDULED;
			assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
		}
	}

	@ParameterizedTest
	@EnumSource(AppointmentStatus.class)
	void keysAreLowerSnakeCaseAndReadBack(AppointmentStatus status) {
		assertThat(status.key()).matches("[a-z_]+");
		assertThat(AppointmentStatus.fromKey(status.key())).isEqualTo(status);
		assertThat(EnumSet.allOf(AppointmentStatus.class)).contains(AppointmentStatus.fromKey(status.key().toUpperCase()));
	}
}
