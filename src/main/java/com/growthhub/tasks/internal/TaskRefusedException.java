package com.growthhub.tasks.internal;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** What the task rules refuse: 403 for people who may not work on boards, 409 and 422 for what cannot be done. */
public class TaskRefusedException extends ProblemException {

	private TaskRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static TaskRefusedException forbidden() {
		return new TaskRefusedException(HttpStatus.FORBIDDEN, "Forbidden", "Only the organization's members change its task boards; a client reads the boards shared with it and comments.");
	}

	public static TaskRefusedException invalid(String field, String message) {
		String detail = field + " " + message + ".";
		TaskRefusedException refused = new TaskRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid " + field, detail);
		refused.withProperty("errors", List.of(Map.of("field", field, "message", detail)));
		return refused;
	}

	/** 409 with where the item really is, so a board that showed it elsewhere can put it back. */
	static TaskRefusedException transition(TaskItemView item, TaskStatus target) {
		TaskRefusedException refused = new TaskRefusedException(HttpStatus.CONFLICT, "Status change not allowed",
				"A task cannot go from " + item.status().key() + " to " + target.key() + ".");
		refused.withProperty("status", item.status().key());
		refused.withProperty("allowed", item.status().next().stream().map(TaskStatus::key).sorted().toList());
		return refused;
	}

	static TaskRefusedException changedMeanwhile(TaskItemView item) {
		TaskRefusedException refused = new TaskRefusedException(HttpStatus.CONFLICT, "Changed meanwhile",
				"Somebody changed this task meanwhile; it is now " + item.status().key() + ".");
		refused.withProperty("status", item.status().key());
		refused.withProperty("version", item.version());
		return refused;
	}
}
