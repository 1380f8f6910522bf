package com.growthhub.masterclasses.internal;

import static com.growthhub.masterclasses.internal.FunnelStatus.ATTENDED;
import static com.growthhub.masterclasses.internal.FunnelStatus.INVOICED;
import static com.growthhub.masterclasses.internal.FunnelStatus.LOST;
import static com.growthhub.masterclasses.internal.FunnelStatus.PAID;
import static com.growthhub.masterclasses.internal.FunnelStatus.REGISTERED;
import static com.growthhub.masterclasses.internal.FunnelStatus.SCHEDULED;
import static com.growthhub.masterclasses.internal.FunnelStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunnelStatusTests {

	@Test
	void movesOnlyForward() {
		assertThat(REGISTERED.canMoveTo(INVOICED)).isTrue();
		assertThat(INVOICED.canMoveTo(PAID)).isTrue();
		assertThat(PAID.canMoveTo(ATTENDED)).isTrue();
		assertThat(ATTENDED.canMoveTo(SCHEDULED)).isTrue();
		assertThat(SCHEDULED.canMoveTo(WON)).isTrue();
		assertThat(PAID.canMoveTo(INVOICED)).isFalse();
		assertThat(SCHEDULED.canMoveTo(ATTENDED)).isFalse();
		assertThat(ATTENDED.canMoveTo(REGISTERED)).isFalse();
	}

	@Test
	void aFreeClassSkipsTheInvoiceAndPayment() {
		assertThat(REGISTERED.canMoveTo(ATTENDED)).isTrue();
		assertThat(REGISTERED.canMoveTo(SCHEDULED)).isTrue();
	}

	@Test
	void staysPutIsNoMove() {
		for (FunnelStatus status : FunnelStatus.values()) {
			assertThat(status.canMoveTo(status)).as(status.key()).isFalse();
		}
	}

	@Test
	void lostEndsAnyOpenStatusAndFinalStatusesStay() {
		for (FunnelStatus status : FunnelStatus.values()) {
			assertThat(status.canMoveTo(LOST)).as(status.key()).isEqualTo(!status.isFinal());
		}
		for (FunnelStatus next : FunnelStatus.values()) {
			assertThat(WON.canMoveTo(next)).isFalse();
			assertThat(LOST.canMoveTo(next)).isFalse();
		}
	}

	@Test
	void keysAreLowerCaseAndStagesNamedLikeThePipelineTemplate() {
		assertThat(FunnelStatus.keys()).containsExactly("registered", "invoiced", "paid", "attended", "scheduled", "won",
				"lost");
		assertThat(FunnelStatus.fromKey("Paid")).contains(PAID);
		assertThat(FunnelStatus.fromKey("nope")).isEmpty();
		assertThat(SCHEDULED.stageName()).isEqualTo("Scheduled");
	}
}
