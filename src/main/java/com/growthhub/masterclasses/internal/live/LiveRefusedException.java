package com.growthhub.masterclasses.internal.live;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** Something the live room refuses: 403 for a muted person or a missing role, 422 for a message it cannot take. */
public class LiveRefusedException extends ProblemException {

	private LiveRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static LiveRefusedException forbidden(String detail) {
		return new LiveRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static LiveRefusedException muted() {
		return new LiveRefusedException(HttpStatus.FORBIDDEN, "Muted", "The host muted you in this chat.");
	}

	public static LiveRefusedException invalid(String detail) {
		return new LiveRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid", detail);
	}

	static LiveRefusedException notLive(String detail) {
		return new LiveRefusedException(HttpStatus.CONFLICT, "Not live", detail);
	}
}
