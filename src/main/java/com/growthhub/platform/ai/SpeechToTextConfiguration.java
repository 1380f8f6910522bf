package com.growthhub.platform.ai;

import java.io.InputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the provider, or none, once at start from {@link TranscribeSettings}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TranscribeSettings.class)
class SpeechToTextConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SpeechToTextConfiguration.class);

	@Bean
	SpeechToText speechToText(TranscribeSettings settings) {
		if (!settings.configured()) {
			return new Unconfigured();
		}
		log.info("AI: speech to text with {}", settings.model());
		return new OpenAiSpeechToText(settings);
	}

	private static final class Unconfigured implements SpeechToText {

		@Override
		public boolean configured() {
			return false;
		}

		@Override
		public TranscribedSpeech transcribe(InputStream audio, String fileName, String contentType) {
			throw new SpeechToTextException("Speech to text is not configured (GROWTHHUB_AI_TRANSCRIBE_URL, _API_KEY, _MODEL).");
		}
	}
}
