package com.growthhub.eventplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeatingTests {

	@Test
	void newcomersGetASeatWhileOneIsFreeThenWait() {
		assertThat(Seating.admit(2, 0)).isEqualTo(AttendeeStatus.REGISTERED);
		assertThat(Seating.admit(2, 1)).isEqualTo(AttendeeStatus.REGISTERED);
		assertThat(Seating.admit(2, 2)).isEqualTo(AttendeeStatus.WAITLISTED);
	}

	@Test
	void withoutACapacityEveryoneGetsASeat() {
		assertThat(Seating.admit(null, 10_000)).isEqualTo(AttendeeStatus.REGISTERED);
		assertThat(Seating.promotions(null, 50, 7)).isEqualTo(7);
	}

	@Test
	void freedSeatsGoToAsManyWaitingPeopleAsFit() {
		assertThat(Seating.promotions(10, 9, 5)).isEqualTo(1);
		assertThat(Seating.promotions(10, 6, 2)).isEqualTo(2);
		assertThat(Seating.promotions(10, 10, 5)).isZero();
		assertThat(Seating.promotions(10, 12, 5)).as("never negative").isZero();
	}

	@Test
	void theCapacityNeverDropsBelowTheSeatsTaken() {
		assertThat(Seating.fits(5, 5)).isTrue();
		assertThat(Seating.fits(4, 5)).isFalse();
		assertThat(Seating.fits(null, 5)).isTrue();
	}
}
