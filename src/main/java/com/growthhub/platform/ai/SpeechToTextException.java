package com.growthhub.platform.ai;

/** Speech to text is not configured, or its provider failed or answered something unusable (never with the key). */
public class SpeechToTextException extends RuntimeException {

	SpeechToTextException(String reason) {
		super(reason);
	}

	SpeechToTextException(String reason, Throwable cause) {
		super(reason, cause);
	}
}
