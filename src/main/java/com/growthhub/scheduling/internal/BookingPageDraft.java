package com.growthhub.scheduling.internal;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A booking page as a person writes it, checked field by field. */
public record BookingPageDraft(String slug, String title, @Nullable String description, int durationMinutes,
		int slotStepMinutes, AssignmentMode assignmentMode, @Nullable UUID fixedRepId, List<Question> questions,
		boolean active, List<UUID> repIds) {

	public BookingPageDraft {
		slug = slug == null ? "" : slug.strip().toLowerCase(java.util.Locale.ROOT);
		if (!slug.matches("[a-z0-9][a-z0-9-]{1,58}[a-z0-9]")) {
			throw SchedulingInputException.of("slug", "3 to 60 lower-case letters, digits and dashes.");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw SchedulingInputException.of("title", "Required, up to 200 characters.");
		}
		title = title.strip();
		if (description != null && description.length() > 2000) {
			throw SchedulingInputException.of("description", "Up to 2000 characters.");
		}
		if (durationMinutes < 5 || durationMinutes > 480) {
			throw SchedulingInputException.of("durationMinutes", "Between 5 and 480 minutes.");
		}
		if (slotStepMinutes < 5 || slotStepMinutes > 480) {
			throw SchedulingInputException.of("slotStepMinutes", "Between 5 and 480 minutes.");
		}
		repIds = List.copyOf(repIds).stream().distinct().toList();
		if (repIds.isEmpty() || repIds.size() > 50) {
			throw SchedulingInputException.of("repIds", "Between 1 and 50 reps.");
		}
		if (assignmentMode == AssignmentMode.FIXED && (fixedRepId == null || !repIds.contains(fixedRepId))) {
			throw SchedulingInputException.of("fixedRepId", "A fixed page needs its rep, one of repIds.");
		}
		if (assignmentMode != AssignmentMode.FIXED) {
			fixedRepId = null;
		}
		questions = List.copyOf(questions);
		if (questions.size() > 20 || new HashSet<>(questions.stream().map(Question::key).toList()).size() != questions.size()) {
			throw SchedulingInputException.of("questions", "Up to 20 questions with different keys.");
		}
	}
}
