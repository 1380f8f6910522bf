package com.growthhub.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailStatusTests {

	@Test
	void reportsMoveAMessageForwardOnly() {
		assertThat(EmailStatus.SENT.after(EmailStatus.DELIVERED)).isEqualTo(EmailStatus.DELIVERED);
		assertThat(EmailStatus.DELIVERED.after(EmailStatus.OPENED)).isEqualTo(EmailStatus.OPENED);
		assertThat(EmailStatus.OPENED.after(EmailStatus.CLICKED)).isEqualTo(EmailStatus.CLICKED);
		// late or repeated reports
		assertThat(EmailStatus.CLICKED.after(EmailStatus.OPENED)).isEqualTo(EmailStatus.CLICKED);
		assertThat(EmailStatus.OPENED.after(EmailStatus.DELIVERED)).isEqualTo(EmailStatus.OPENED);
		assertThat(EmailStatus.CLICKED.after(EmailStatus.BOUNCED)).isEqualTo(EmailStatus.CLICKED);
	}

	@Test
	void aBounceOrFailureEndsTheHappyPathButAComplaintCountsAnytime() {
		assertThat(EmailStatus.SENT.after(EmailStatus.BOUNCED)).isEqualTo(EmailStatus.BOUNCED);
		assertThat(EmailStatus.BOUNCED.after(EmailStatus.OPENED)).isEqualTo(EmailStatus.BOUNCED);
		assertThat(EmailStatus.CLICKED.after(EmailStatus.COMPLAINED)).isEqualTo(EmailStatus.COMPLAINED);
		assertThat(EmailStatus.COMPLAINED.after(EmailStatus.CLICKED)).isEqualTo(EmailStatus.COMPLAINED);
		assertThat(EmailStatus.SUPPRESSED.next()).isEmpty();
	}

	@Test
	void aFailedAttemptRetriesUntilTheLast() {
		assertThat(EmailStatus.afterFailedAttempt(1, 8)).isEqualTo(EmailStatus.PENDING);
		assertThat(EmailStatus.afterFailedAttempt(8, 8)).isEqualTo(EmailStatus.FAILED);
	}
}
