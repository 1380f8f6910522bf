package com.growthhub.masterclasses.internal;

import static com.growthhub.masterclasses.internal.MasterclassStatus.ARCHIVED;
import static com.growthhub.masterclasses.internal.MasterclassStatus.DRAFT;
import static com.growthhub.masterclasses.internal.MasterclassStatus.ENDED;
import static com.growthhub.masterclasses.internal.MasterclassStatus.LIVE;
import static com.growthhub.masterclasses.internal.MasterclassStatus.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.growthhub.masterclasses.internal.MasterclassStatus.Action;

class MasterclassStatusTests {

	@Test
	void eachActionTakesOneStepFromOneStatus() {
		assertThat(DRAFT.after(Action.PUBLISH)).contains(PUBLISHED);
		assertThat(PUBLISHED.after(Action.START)).contains(LIVE);
		assertThat(LIVE.after(Action.END)).contains(ENDED);
		assertThat(ENDED.after(Action.ARCHIVE)).contains(ARCHIVED);
	}

	@Test
	void nothingSkipsOrGoesBack() {
		assertThat(DRAFT.after(Action.START)).isEmpty();
		assertThat(DRAFT.after(Action.END)).isEmpty();
		assertThat(PUBLISHED.after(Action.PUBLISH)).isEmpty();
		assertThat(LIVE.after(Action.START)).as("never live twice").isEmpty();
		assertThat(ENDED.after(Action.START)).isEmpty();
		assertThat(ARCHIVED.after(Action.PUBLISH)).isEmpty();
		for (Action action : Action.values()) {
			assertThat(ARCHIVED.after(action)).isEmpty();
			assertThat(MasterclassStatus.values()).filteredOn(status -> status.after(action).isPresent())
				.containsExactly(action.from());
		}
	}

	@Test
	void onlyPublishedAndLiveClassesTakeRegistrationsAndDraftsAndArchivedOnesHaveNoPage() {
		assertThat(MasterclassStatus.values()).filteredOn(MasterclassStatus::open).containsExactly(PUBLISHED, LIVE);
		assertThat(MasterclassStatus.values()).filteredOn(MasterclassStatus::visible)
			.containsExactly(PUBLISHED, LIVE, ENDED);
		assertThat(MasterclassStatus.fromKey("Live")).contains(LIVE);
	}
}
