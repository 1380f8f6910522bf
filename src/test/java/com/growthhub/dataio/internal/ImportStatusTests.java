package com.growthhub.dataio.internal;

import static com.growthhub.dataio.internal.ImportStatus.CANCELLED;
import static com.growthhub.dataio.internal.ImportStatus.COMPLETED;
import static com.growthhub.dataio.internal.ImportStatus.FAILED;
import static com.growthhub.dataio.internal.ImportStatus.PENDING;
import static com.growthhub.dataio.internal.ImportStatus.PROCESSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

class ImportStatusTests {

	static final Set<String> ALLOWED = Set.of("PENDING>PROCESSING", "PENDING>CANCELLED", "PENDING>FAILED",
			"PROCESSING>PROCESSING", "PROCESSING>COMPLETED", "PROCESSING>FAILED", "PROCESSING>CANCELLED");

	static Stream<Arguments> everyPair() {
		return Stream.of(ImportStatus.values())
			.flatMap(from -> Stream.of(ImportStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void allowsExactlyTheMovesOfAnImportJob(ImportStatus from, ImportStatus to) {
		boolean allowed = ALLOWED.contains(from.name() + ">" + to.name());
		assertThat(from.canMoveTo(to)).isEqualTo(allowed);
		if (allowed) {
			assertThat(from.checkMoveTo(to)).isEqualTo(to);
		}
		else {
			assertThatThrownBy(() -> from.checkMoveTo(to)).isInstanceOf(ImportStateException.class)
				.hasMessageContaining(from.dbValue()).hasMessageContaining(to.dbValue());
		}
	}

	@Test
	void onlyPendingAndProcessingJobsAreRunning() {
		assertThat(Stream.of(ImportStatus.values()).filter(ImportStatus::running)).containsExactly(PENDING, PROCESSING);
		assertThat(COMPLETED.next()).isEmpty();
		assertThat(FAILED.next()).isEmpty();
		assertThat(CANCELLED.next()).isEmpty();
	}

	@Test
	void keepsTheLowerCaseValuesOfTheDatabaseAndTheApi() {
		for (ImportStatus status : ImportStatus.values()) {
			assertThat(ImportStatus.of(status.dbValue())).isEqualTo(status);
		}
		assertThat(PROCESSING.dbValue()).isEqualTo("processing");
		assertThat(JsonMapper.builder().build().writeValueAsString(CANCELLED)).isEqualTo("\"cancelled\"");
	}
}
