package com.growthhub.contacts.internal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which dictionary words a typed word stands for, without a database. */
class TypoTolerantQueryTests {

	@Test
	void aSwapOfNeighbouringLettersIsOneEdit() {
		assertThat(TypoTolerantQuery.distance("jhon", "john")).isEqualTo(1);
		assertThat(TypoTolerantQuery.distance("smiht", "smith")).isEqualTo(1);
		assertThat(TypoTolerantQuery.distance("hoper", "hopper")).isEqualTo(1);
		assertThat(TypoTolerantQuery.distance("garica", "maria")).isEqualTo(2);
		assertThat(TypoTolerantQuery.distance("", "ada")).isEqualTo(3);
	}

	@Test
	void longerWordsAllowMoreEdits() {
		assertThat(TypoTolerantQuery.allowedEdits("al")).isZero();
		assertThat(TypoTolerantQuery.allowedEdits("jhon")).isEqualTo(1);
		assertThat(TypoTolerantQuery.allowedEdits("lovlace")).isEqualTo(2);
	}

	@Test
	void keepsOnlyTheNearestWords() {
		assertThat(TypoTolerantQuery.closest("garica", List.of("maria", "garcia"), 2)).containsExactly("garcia");
		assertThat(TypoTolerantQuery.closest("jhon", List.of("john", "joan", "jane"), 1)).containsExactly("john");
		assertThat(TypoTolerantQuery.closest("chne", List.of("jane"), 1)).as("two edits away from a short word").isEmpty();
	}

	@Test
	void aWordOfTheDictionaryStandsForItself() {
		assertThat(TypoTolerantQuery.closest("maria", List.of("garcia", "maria", "marie"), 2)).isEmpty();
	}
}
