package com.growthhub.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each move of seed 001's review states, allowed and refused. */
class ReviewStateTests {

	@ParameterizedTest
	@EnumSource(value = ReviewState.class, names = { "PENDING", "DRAFT", "APPROVED", "FLAGGED" })
	void anUnansweredReviewTakesADraft(ReviewState from) {
		assertThat(from.draft()).isEqualTo(ReviewState.DRAFT);
	}

	@Test
	void aRespondedReviewTakesNoDraft() {
		assertRefused(() -> ReviewState.RESPONDED.draft(), "already posted");
	}

	@Test
	void onlyADraftIsApproved() {
		assertThat(ReviewState.DRAFT.approve()).isEqualTo(ReviewState.APPROVED);
		for (ReviewState from : new ReviewState[] { ReviewState.PENDING, ReviewState.APPROVED, ReviewState.RESPONDED,
				ReviewState.FLAGGED }) {
			assertRefused(from::approve, "only a draft reply is approved");
		}
	}

	@Test
	void anApprovedReplyIsPostedWhateverTheRule() {
		assertThat(ReviewState.APPROVED.respond(true)).isEqualTo(ReviewState.RESPONDED);
		assertThat(ReviewState.APPROVED.respond(false)).isEqualTo(ReviewState.RESPONDED);
	}

	@Test
	void aDraftIsPostedOnlyWithoutTheClientApprovalRule() {
		assertThat(ReviewState.DRAFT.respond(false)).isEqualTo(ReviewState.RESPONDED);
		assertRefused(() -> ReviewState.DRAFT.respond(true), "requires the client's approval");
	}

	@ParameterizedTest
	@EnumSource(value = ReviewState.class, names = { "PENDING", "RESPONDED", "FLAGGED" })
	void withoutADraftNothingIsPosted(ReviewState from) {
		assertRefused(() -> from.respond(false), "no reply to post");
	}

	@ParameterizedTest
	@EnumSource(value = ReviewState.class, names = { "PENDING", "DRAFT", "APPROVED" })
	void anUnansweredReviewIsFlagged(ReviewState from) {
		assertThat(from.flag()).isEqualTo(ReviewState.FLAGGED);
	}

	@Test
	void aFlaggedOrRespondedReviewIsNotFlaggedAgain() {
		assertRefused(() -> ReviewState.FLAGGED.flag(), "already flagged");
		assertRefused(() -> ReviewState.RESPONDED.flag(), "already posted");
	}

	private static void assertRefused(Runnable move, String why) {
		assertThatThrownBy(move::run).isInstanceOf(ReviewRefusedException.class)
			.hasMessageContaining(why)
			.satisfies(e -> assertThat(((ReviewRefusedException) e).getStatusCode().value()).isEqualTo(422));
	}
}
