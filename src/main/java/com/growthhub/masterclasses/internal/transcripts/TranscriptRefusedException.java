package com.growthhub.masterclasses.internal.transcripts;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for someone who may not do this with transcripts or insights; 422 for speech to text without a provider. */
public class TranscriptRefusedException extends ProblemException {

	private TranscriptRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	public static TranscriptRefusedException forbidden(String detail) {
		return new TranscriptRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	public static TranscriptRefusedException noSpeechToText() {
		return new TranscriptRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Speech to text is not configured",
				"Set GROWTHHUB_AI_TRANSCRIBE_URL, GROWTHHUB_AI_TRANSCRIBE_API_KEY and GROWTHHUB_AI_TRANSCRIBE_MODEL to "
						+ "produce transcripts from recordings; until then upload a WebVTT or SRT file.");
	}
}
