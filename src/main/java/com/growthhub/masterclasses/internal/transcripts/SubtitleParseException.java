package com.growthhub.masterclasses.internal.transcripts;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * A subtitle file the parsers refuse, with every problem found by line (the first {@value #LISTED}): answered as 422
 * problem+json with {@code errors: [{line, message}]} so a person can fix the file in one pass.
 */
public class SubtitleParseException extends ProblemException {

	static final int LISTED = 100;

	private final List<SubtitleError> errors;

	SubtitleParseException(List<SubtitleError> errors) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid subtitle file", summary(errors));
		this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), LISTED)));
		withProperty("errors", this.errors);
		withProperty("errorCount", errors.size());
	}

	static SubtitleParseException of(int line, String message) {
		return new SubtitleParseException(List.of(new SubtitleError(line, message)));
	}

	public List<SubtitleError> errors() {
		return errors;
	}

	private static String summary(List<SubtitleError> errors) {
		SubtitleError first = errors.getFirst();
		String where = first.line() > 0 ? "Line " + first.line() + ": " : "";
		return errors.size() == 1 ? where + first.message()
				: where + first.message() + " (and " + (errors.size() - 1) + " more)";
	}
}
