package com.growthhub.scheduling.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** A scheduling action refused as it stands: a role that may not, a state that does not allow it, a slot taken. */
public class SchedulingRefusedException extends ProblemException {

	private SchedulingRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static SchedulingRefusedException forbidden(String detail) {
		return new SchedulingRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	public static SchedulingRefusedException conflict(String detail) {
		return new SchedulingRefusedException(HttpStatus.CONFLICT, "Conflict", detail);
	}

	/** The slot was free when the visitor saw it and someone else booked it since. */
	public static SchedulingRefusedException slotTaken() {
		return new SchedulingRefusedException(HttpStatus.CONFLICT, "That time was just taken",
				"That time was just taken. Please pick another slot.");
	}

	public static SchedulingRefusedException notOffered() {
		return new SchedulingRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Slot not offered",
				"That time is not one of the page's slots. Please pick a slot from the list.");
	}
}
