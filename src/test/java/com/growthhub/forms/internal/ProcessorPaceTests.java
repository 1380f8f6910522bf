package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProcessorPaceTests {

	final AtomicLong now = new AtomicLong(1_000_000_000L);
	final ProcessorPace pace = new ProcessorPace(Duration.ofSeconds(1), now::get);

	@Test
	void yieldsFromAnArrivalUntilTheIntakeHasBeenQuietForTheYieldPeriod() {
		assertThat(pace.yielding()).as("nothing arrived yet").isFalse();
		pace.arrived();
		assertThat(pace.yielding()).isTrue();
		now.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(pace.yielding()).isTrue();
		pace.arrived();
		now.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(pace.yielding()).as("a later arrival extends it").isTrue();
		now.addAndGet(Duration.ofMillis(2).toNanos());
		assertThat(pace.yielding()).isFalse();
	}

	@Test
	void restsAsLongAsTheLastSubmissionTookButNeverLongerThanTheCap() {
		assertThat(ProcessorPace.rest(Duration.ofMillis(30))).isEqualTo(Duration.ofMillis(30));
		assertThat(ProcessorPace.rest(Duration.ofSeconds(5))).isEqualTo(ProcessorPace.MAX_REST);
	}

	@Test
	void countsTheMostInFlightOnlyWhileYielding() {
		pace.started(false);
		pace.started(false);
		assertThat(pace.mostAtOnceWhileYielding()).isZero();
		pace.started(true);
		assertThat(pace.mostAtOnceWhileYielding()).as("started while two were in flight").isEqualTo(3);
		pace.finished();
		pace.finished();
		pace.finished();
		pace.holdYielding(true);
		assertThat(pace.yielding()).isTrue();
		pace.started(true);
		assertThat(pace.mostAtOnceWhileYielding()).isEqualTo(1);
	}
}
