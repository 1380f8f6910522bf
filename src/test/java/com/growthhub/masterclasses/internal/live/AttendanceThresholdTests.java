package com.growthhub.masterclasses.internal.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AttendanceThresholdTests {

	@Test
	void isReachedAtExactlyTheThresholdMinutesAndNotASecondBefore() {
		AttendanceThreshold ten = new AttendanceThreshold(10);
		assertThat(ten.reachedBy(599)).isFalse();
		assertThat(ten.reachedBy(600)).isTrue();
		assertThat(ten.reachedBy(3600)).isTrue();
	}

	@Test
	void zeroMinutesMeansJoiningIsEnough() {
		assertThat(new AttendanceThreshold(0).reachedBy(0)).isTrue();
	}

	@Test
	void refusesANegativeThreshold() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AttendanceThreshold(-1));
	}

	@Test
	void movesOnlyRegistrantsNotYetFurtherAlongTheFunnel() {
		assertThat(AttendanceThreshold.before("registered")).isTrue();
		assertThat(AttendanceThreshold.before("invoiced")).isTrue();
		assertThat(AttendanceThreshold.before("paid")).isTrue();
		assertThat(AttendanceThreshold.before("attended")).isFalse();
		assertThat(AttendanceThreshold.before("scheduled")).isFalse();
		assertThat(AttendanceThreshold.before("won")).isFalse();
		assertThat(AttendanceThreshold.before("lost")).isFalse();
	}
}
