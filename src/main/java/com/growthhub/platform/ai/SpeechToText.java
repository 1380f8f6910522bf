package com.growthhub.platform.ai;

import java.io.InputStream;

/**
 * Turns recorded speech into timed text through an OpenAI-compatible {@code POST /audio/transcriptions} endpoint
 * ({@code GROWTHHUB_AI_TRANSCRIBE_URL}, {@code _API_KEY}, {@code _MODEL}). There is no built-in fallback: nothing
 * offline is accurate enough, so without configuration {@link #configured()} is false and callers say what to set.
 */
public interface SpeechToText {

	boolean configured();

	/**
	 * The segments the provider heard in {@code audio} (read once, not closed here).
	 *
	 * @throws SpeechToTextException when not configured, or the provider fails or answers something unusable
	 */
	TranscribedSpeech transcribe(InputStream audio, String fileName, String contentType);
}
