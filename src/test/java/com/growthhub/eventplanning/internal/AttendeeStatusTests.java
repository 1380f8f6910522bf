package com.growthhub.eventplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendeeStatusTests {

	@Test
	void registeredPeopleAttendMissOrCancel() {
		assertThat(AttendeeStatus.REGISTERED.next()).containsExactlyInAnyOrder(AttendeeStatus.ATTENDED, AttendeeStatus.NO_SHOW,
				AttendeeStatus.CANCELLED);
	}

	@Test
	void waitlistedPeopleMoveUpOrCancelButNeverCheckIn() {
		assertThat(AttendeeStatus.WAITLISTED.next()).containsExactlyInAnyOrder(AttendeeStatus.REGISTERED, AttendeeStatus.CANCELLED);
		assertThat(AttendeeStatus.WAITLISTED.canMoveTo(AttendeeStatus.ATTENDED)).isFalse();
	}

	@Test
	void aNoShowWhoTurnsUpLateAttends() {
		assertThat(AttendeeStatus.NO_SHOW.next()).containsExactly(AttendeeStatus.ATTENDED);
	}

	@Test
	void attendanceIsFinalAndCancellationsCanBeRenewed() {
		assertThat(AttendeeStatus.ATTENDED.next()).isEmpty();
		assertThat(AttendeeStatus.CANCELLED.next()).containsExactlyInAnyOrder(AttendeeStatus.REGISTERED, AttendeeStatus.WAITLISTED);
	}

	@Test
	void onlyRegisteredAndAttendedHoldSeats() {
		assertThat(AttendeeStatus.REGISTERED.holdsSeat()).isTrue();
		assertThat(AttendeeStatus.ATTENDED.holdsSeat()).isTrue();
		assertThat(AttendeeStatus.WAITLISTED.holdsSeat()).isFalse();
		assertThat(AttendeeStatus.NO_SHOW.holdsSeat()).isFalse();
		assertThat(AttendeeStatus.CANCELLED.holdsSeat()).isFalse();
		assertThat(AttendeeStatus.fromKey("no-show")).isEqualTo(AttendeeStatus.NO_SHOW);
	}
}
