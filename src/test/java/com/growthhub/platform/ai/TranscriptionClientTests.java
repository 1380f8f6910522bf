package com.growthhub.platform.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The speech-to-text client against a WireMock server shaped like OpenAI's {@code POST /v1/audio/transcriptions}
 * (multipart, {@code response_format=verbose_json}): segments in, an HTTP error or an answer without segments out as
 * the port's own exception, never with the key.
 */
class TranscriptionClientTests {

	private static final String KEY = "sk-test-transcribe-0123456789";

	private static final WireMockServer STT = new WireMockServer(options().dynamicPort());

	private OpenAiSpeechToText client;

	@BeforeAll
	static void start() {
		STT.start();
	}

	@AfterAll
	static void stop() {
		STT.stop();
	}

	@BeforeEach
	void setUp() {
		STT.resetAll();
		client = new OpenAiSpeechToText(new TranscribeSettings(STT.baseUrl() + "/v1/", KEY, "whisper-1",
				Duration.ofSeconds(20)));
	}

	@Test
	void sendsTheRecordingAsDocumentedAndReadsTheTimedSegments() {
		STT.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(okJson("""
				{"task": "transcribe", "language": "english", "duration": 8.47,
				 "text": "Welcome to the class. Pricing comes first.",
				 "segments": [
				   {"id": 0, "seek": 0, "start": 0.0, "end": 3.32, "text": " Welcome to the class.", "tokens": [50364, 440],
				    "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 1.24, "no_speech_prob": 0.009},
				   {"id": 1, "seek": 0, "start": 3.32, "end": 8.47, "text": " Pricing comes first.", "tokens": [50530],
				    "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 1.24, "no_speech_prob": 0.009},
				   {"id": 2, "seek": 0, "start": 8.47, "end": 8.47, "text": " ", "tokens": [],
				    "temperature": 0.0, "avg_logprob": -0.28, "compression_ratio": 1.24, "no_speech_prob": 0.9}
				 ]}""")));

		TranscribedSpeech heard = client.transcribe(new ByteArrayInputStream(new byte[] { 'I', 'D', '3', 4, 0 }),
				"class.mp3", "audio/mpeg");

		assertThat(heard.language()).isEqualTo("english");
		assertThat(heard.model()).isEqualTo("whisper-1");
		assertThat(heard.segments()).containsExactly(new TranscribedSpeech.Segment(0, 3320, "Welcome to the class."),
				new TranscribedSpeech.Segment(3320, 8470, "Pricing comes first."));
		STT.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withHeader("Authorization", equalTo("Bearer " + KEY))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart().withName("model").withBody(equalTo("whisper-1")).build())
			.withRequestBodyPart(aMultipart().withName("response_format").withBody(equalTo("verbose_json")).build())
			.withRequestBodyPart(aMultipart().withName("timestamp_granularities[]").withBody(equalTo("segment")).build())
			.withRequestBodyPart(aMultipart().withName("file").withHeader("Content-Disposition",
					containing("filename=\"class.mp3\"")).build()));
	}

	@Test
	void anErrorOrAnAnswerWithoutSegmentsIsThePortsExceptionWithoutTheKey() {
		STT.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\",\"code\":\"invalid_api_key\"}}")));
		assertThatThrownBy(() -> client.transcribe(new ByteArrayInputStream(new byte[] { 1 }), "a.wav", "audio/wav"))
			.isInstanceOf(SpeechToTextException.class)
			.satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY));

		STT.stubFor(post(urlEqualTo("/v1/audio/transcriptions")).willReturn(okJson("{\"text\": \"no timings\"}")));
		assertThatThrownBy(() -> client.transcribe(new ByteArrayInputStream(new byte[] { 1 }), "a.wav", "audio/wav"))
			.isInstanceOf(SpeechToTextException.class)
			.hasMessageContaining("no timed segments");
	}
}
