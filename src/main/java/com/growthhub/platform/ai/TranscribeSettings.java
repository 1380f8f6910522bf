package com.growthhub.platform.ai;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The speech-to-text endpoint ({@code growthhub.ai.transcribe.*}, from {@code GROWTHHUB_AI_TRANSCRIBE_URL},
 * {@code _API_KEY}, {@code _MODEL}, {@code _TIMEOUT}). The URL is the base the path {@code /audio/transcriptions} is
 * appended to, e.g. {@code https://api.openai.com/v1}. The timeout is long: it runs in a background job and an
 * hour of audio takes minutes.
 */
@ConfigurationProperties("growthhub.ai.transcribe")
record TranscribeSettings(@Nullable String url, @Nullable String apiKey, @DefaultValue("whisper-1") String model,
		@DefaultValue("15m") Duration timeout) {

	boolean configured() {
		return StringUtils.hasText(url) && StringUtils.hasText(apiKey) && StringUtils.hasText(model);
	}
}
