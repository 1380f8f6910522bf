package com.growthhub.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailStatusTests {

	@Test
	void aPendingMessageIsSentFailedOrTriedAgainAndNothingLeavesAFinalStatus() {
		for (EmailStatus from : EmailStatus.values()) {
			for (EmailStatus to : EmailStatus.values()) {
				assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(from == EmailStatus.PENDING);
			}
		}
	}

	@Test
	void aFailedAttemptLeavesTheMessagePendingUntilTheLastOne() {
		assertThat(EmailStatus.afterFailedAttempt(1, 8)).isEqualTo(EmailStatus.PENDING);
		assertThat(EmailStatus.afterFailedAttempt(7, 8)).isEqualTo(EmailStatus.PENDING);
		assertThat(EmailStatus.afterFailedAttempt(8, 8)).isEqualTo(EmailStatus.FAILED);
	}
}
