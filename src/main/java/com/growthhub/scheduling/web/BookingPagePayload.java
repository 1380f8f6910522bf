package com.growthhub.scheduling.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.scheduling.internal.AssignmentMode;
import com.growthhub.scheduling.internal.BookingPage;
import com.growthhub.scheduling.internal.BookingPageDraft;
import com.growthhub.scheduling.internal.Question;
import com.growthhub.scheduling.internal.SchedulingInputException;

/** A booking page in the API; on PATCH, absent fields keep their values. */
record BookingPagePayload(@Nullable UUID id, @Nullable String slug, @Nullable String title,
		@Nullable String description, @Nullable Integer durationMinutes, @Nullable Integer slotStepMinutes,
		@Nullable String assignmentMode, @Nullable UUID fixedRepId, @Nullable List<Question> questions,
		@Nullable Boolean active, @Nullable List<UUID> repIds, @Nullable String url, @Nullable Instant createdAt) {

	static BookingPagePayload of(BookingPage page) {
		return new BookingPagePayload(page.id(), page.slug(), page.title(), page.description(), page.durationMinutes(),
				page.slotStepMinutes(), page.assignmentMode().key(), page.fixedRepId(), page.questions(), page.active(),
				page.repIds(), "/book/" + page.slug(), page.createdAt());
	}

	BookingPageDraft toDraft() {
		int duration = required("durationMinutes", durationMinutes);
		return new BookingPageDraft(required("slug", slug), required("title", title), description, duration,
				slotStepMinutes == null ? duration : slotStepMinutes,
				AssignmentMode.fromKey(assignmentMode == null ? "round_robin" : assignmentMode), fixedRepId,
				questions == null ? List.of() : questions, active == null || active,
				repIds == null ? List.of() : repIds);
	}

	BookingPageDraft over(BookingPage page) {
		return new BookingPageDraft(slug == null ? page.slug() : slug, title == null ? page.title() : title,
				description == null ? page.description() : description,
				durationMinutes == null ? page.durationMinutes() : durationMinutes,
				slotStepMinutes == null ? page.slotStepMinutes() : slotStepMinutes,
				assignmentMode == null ? page.assignmentMode() : AssignmentMode.fromKey(assignmentMode),
				fixedRepId == null ? page.fixedRepId() : fixedRepId, questions == null ? page.questions() : questions,
				active == null ? page.active() : active, repIds == null ? page.repIds() : repIds);
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw SchedulingInputException.of(field, "Required.");
		}
		return value;
	}
}
