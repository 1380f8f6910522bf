package com.growthhub.billing.internal.payments.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReminderScheduleTests {

	@Test
	void readsDaysAsPeopleTypeThemSortedAndDistinct() {
		ReminderSchedule schedule = ReminderSchedule.parse(true, " 7, -3;0 +3 3 ");
		assertThat(schedule.offsets()).containsExactly(-3, 0, 3, 7);
		assertThat(schedule.text()).isEqualTo("-3, 0, 3, 7");
	}

	@Test
	void refusesWordsEmptyListsAndDaysOutOfRange() {
		assertThatThrownBy(() -> ReminderSchedule.parse(true, "soon")).isInstanceOf(ReminderSchedule.InvalidScheduleException.class);
		assertThatThrownBy(() -> ReminderSchedule.parse(true, " ")).isInstanceOf(ReminderSchedule.InvalidScheduleException.class);
		assertThatThrownBy(() -> ReminderSchedule.parse(true, "-61")).isInstanceOf(ReminderSchedule.InvalidScheduleException.class);
		assertThatThrownBy(() -> ReminderSchedule.parse(true, "366")).isInstanceOf(ReminderSchedule.InvalidScheduleException.class);
		assertThatThrownBy(() -> ReminderSchedule.parse(true, "1,2,3,4,5,6,7,8,9,10,11"))
			.isInstanceOf(ReminderSchedule.InvalidScheduleException.class);
		assertThat(ReminderSchedule.parse(false, "-60, 365").offsets()).containsExactly(-60, 365);
	}
}
