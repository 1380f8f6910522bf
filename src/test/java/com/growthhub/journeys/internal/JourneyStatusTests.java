package com.growthhub.journeys.internal;

import static com.growthhub.journeys.internal.JourneyStatus.ACTIVE_CLIENT;
import static com.growthhub.journeys.internal.JourneyStatus.ARCHIVED;
import static com.growthhub.journeys.internal.JourneyStatus.IN_PROGRESS;
import static com.growthhub.journeys.internal.JourneyStatus.LOST;
import static com.growthhub.journeys.internal.JourneyStatus.PENDING;
import static com.growthhub.journeys.internal.JourneyStatus.WON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JourneyStatusTests {

	static final Set<String> ALLOWED = Set.of("PENDING>IN_PROGRESS", "IN_PROGRESS>ACTIVE_CLIENT", "IN_PROGRESS>WON",
			"IN_PROGRESS>LOST", "IN_PROGRESS>ARCHIVED", "ARCHIVED>IN_PROGRESS");

	static Stream<Arguments> everyPair() {
		return Stream.of(JourneyStatus.values())
			.flatMap(from -> Stream.of(JourneyStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheMovesOfTheJourneyLifecycle(JourneyStatus from, JourneyStatus to) {
		assertThat(from.canMoveTo(to)).isEqualTo(ALLOWED.contains(from.name() + ">" + to.name()));
	}

	@Test
	void finalStatusesAllowNoMove() {
		assertThat(ACTIVE_CLIENT.next()).isEmpty();
		assertThat(WON.next()).isEmpty();
		assertThat(LOST.next()).isEmpty();
	}

	@Test
	void conflictNamesTheAllowedMoves() {
		assertThat(JourneyConflictException.transition(PENDING, WON).getMessage()).contains("pending", "won",
				"allowed: in_progress");
		assertThat(JourneyConflictException.transition(ARCHIVED, LOST).getBody().getProperties())
			.containsEntry("allowed", java.util.List.of(IN_PROGRESS.key()));
	}

	@Test
	void readsAndWritesLowerCaseKeys() {
		assertThat(JourneyStatus.fromKey(" active_client ")).isEqualTo(ACTIVE_CLIENT);
		assertThat(IN_PROGRESS.key()).isEqualTo("in_progress");
	}
}
