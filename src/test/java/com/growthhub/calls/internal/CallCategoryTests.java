package com.growthhub.calls.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The seed's table of categories and stars, both ways. */
class CallCategoryTests {

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = { "converted,5", "very_good,4", "warm,3", "needs_attention,3", "not_a_fit,2",
			"spam,1", "voicemail,none", "unanswered,none", "neutral,none", "applicant,none", "unreviewed,none" })
	void categoriesGiveTheSeedsStars(String key, Integer stars) {
		assertThat(CallCategory.ofKey(key).orElseThrow().stars()).isEqualTo(stars);
	}

	@ParameterizedTest
	@CsvSource({ "5,converted", "4,very_good", "3,warm", "2,not_a_fit", "1,spam" })
	void starsGiveTheSeedsCategory(int stars, String key) {
		assertThat(CallCategory.forRating(stars, CallCategory.UNREVIEWED).key()).isEqualTo(key);
	}

	@Test
	void starsAlreadyGivenByTheCategoryKeepIt() {
		assertThat(CallCategory.forRating(3, CallCategory.NEEDS_ATTENTION)).isEqualTo(CallCategory.NEEDS_ATTENTION);
		assertThat(CallCategory.forRating(3, CallCategory.VERY_GOOD)).isEqualTo(CallCategory.WARM);
	}

	@Test
	void noStarsKeepACategoryWithoutStarsAndOtherwiseLeaveTheCallUnreviewed() {
		assertThat(CallCategory.forRating(null, CallCategory.VOICEMAIL)).isEqualTo(CallCategory.VOICEMAIL);
		assertThat(CallCategory.forRating(null, CallCategory.APPLICANT)).isEqualTo(CallCategory.APPLICANT);
		assertThat(CallCategory.forRating(null, CallCategory.WARM)).isEqualTo(CallCategory.UNREVIEWED);
	}

	@ParameterizedTest
	@EnumSource(CallCategory.class)
	void everyCategoryWithStarsComesBackFromItsStars(CallCategory category) {
		if (category.stars() != null) {
			assertThat(CallCategory.forRating(category.stars(), category)).isEqualTo(category);
			assertThat(CallCategory.forRating(category.stars(), CallCategory.UNREVIEWED).stars()).isEqualTo(category.stars());
		}
	}

	@Test
	void keysAreReadInAnyCaseWithHyphens() {
		assertThat(CallCategory.ofKey("Needs-Attention")).contains(CallCategory.NEEDS_ATTENTION);
		assertThat(CallCategory.ofKey("hot")).isEmpty();
	}

	@Test
	void thereAreNoSixStars() {
		assertThatIllegalArgumentException().isThrownBy(() -> CallCategory.forRating(6, CallCategory.WARM));
	}
}
