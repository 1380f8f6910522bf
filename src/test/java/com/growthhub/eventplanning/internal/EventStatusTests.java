package com.growthhub.eventplanning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventStatusTests {

	@Test
	void draftsArePublishedOrCancelled() {
		assertThat(EventStatus.DRAFT.next()).containsExactlyInAnyOrder(EventStatus.PUBLISHED, EventStatus.CANCELLED);
		assertThat(EventStatus.DRAFT.canMoveTo(EventStatus.COMPLETED)).isFalse();
	}

	@Test
	void publishedEventsCompleteOrAreCancelled() {
		assertThat(EventStatus.PUBLISHED.next()).containsExactlyInAnyOrder(EventStatus.COMPLETED, EventStatus.CANCELLED);
		assertThat(EventStatus.PUBLISHED.canMoveTo(EventStatus.DRAFT)).isFalse();
	}

	@Test
	void completedAndCancelledAreFinal() {
		assertThat(EventStatus.COMPLETED.next()).isEmpty();
		assertThat(EventStatus.CANCELLED.next()).isEmpty();
		assertThat(EventStatus.COMPLETED.open()).isFalse();
		assertThat(EventStatus.CANCELLED.open()).isFalse();
		assertThat(EventStatus.PUBLISHED.open()).isTrue();
	}

	@Test
	void readsKeysInAnyCase() {
		assertThat(EventStatus.fromKey(" Published ")).isEqualTo(EventStatus.PUBLISHED);
		assertThat(EventStatus.CANCELLED.key()).isEqualTo("cancelled");
	}
}
