package com.growthhub.platform.ai;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OpenAI's documented transcription call: multipart {@code file}, {@code model},
 * {@code response_format=verbose_json} and {@code timestamp_granularities[]=segment}; the answer's
 * {@code segments[].start/end} (seconds) and {@code text} become timed segments. Providers that copy the API (Groq,
 * a self-hosted faster-whisper server) answer the same shape.
 */
class OpenAiSpeechToText implements SpeechToText {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final TranscribeSettings settings;

	private final RestClient client;

	OpenAiSpeechToText(TranscribeSettings settings) {
		this.settings = settings;
		// HTTP/1.1: a large upload over plain HTTP must not start with an h2c upgrade, which local servers refuse.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build());
		requests.setReadTimeout(settings.timeout());
		this.client = RestClient.builder()
			.baseUrl(stripSlash(Objects.requireNonNull(settings.url())))
			.requestFactory(requests)
			.build();
	}

	@Override
	public boolean configured() {
		return true;
	}

	@Override
	public TranscribedSpeech transcribe(InputStream audio, String fileName, String contentType) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		HttpHeaders part = new HttpHeaders();
		part.setContentType(MediaType.parseMediaType(contentType));
		form.add("file", new HttpEntity<>(new NamedStream(audio, fileName), part));
		form.add("model", settings.model());
		form.add("response_format", "verbose_json");
		form.add("timestamp_granularities[]", "segment");
		String answer;
		try {
			answer = client.post()
				.uri("/audio/transcriptions")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey())
				.contentType(MediaType.MULTIPART_FORM_DATA)
				.body(form)
				.retrieve()
				.body(String.class);
		}
		catch (RestClientException e) {
			throw new SpeechToTextException("The speech-to-text provider failed: " + redact(e.getMessage()), e);
		}
		return read(answer);
	}

	private TranscribedSpeech read(String answer) {
		try {
			JsonNode root = JSON.readTree(answer);
			List<TranscribedSpeech.Segment> segments = new ArrayList<>();
			for (JsonNode segment : root.path("segments")) {
				String text = segment.path("text").asString("").strip();
				if (!text.isEmpty()) {
					segments.add(new TranscribedSpeech.Segment(Math.round(segment.path("start").asDouble() * 1000),
							Math.round(segment.path("end").asDouble() * 1000), text));
				}
			}
			if (segments.isEmpty()) {
				throw new SpeechToTextException("The provider's answer had no timed segments (is response_format "
						+ "verbose_json supported?).");
			}
			String language = root.path("language").isString() ? root.path("language").asString() : null;
			return new TranscribedSpeech(language, segments, settings.model());
		}
		catch (RuntimeException e) {
			if (e instanceof SpeechToTextException known) {
				throw known;
			}
			throw new SpeechToTextException("The provider's answer was not the documented JSON.", e);
		}
	}

	private String redact(String message) {
		String key = settings.apiKey();
		return message == null ? "" : key == null ? message : message.replace(key, "***");
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** A stream sent as a named file part: the provider reads the audio format from the file name. */
	private static final class NamedStream extends InputStreamResource {

		private final String name;

		NamedStream(InputStream in, String name) {
			super(in);
			this.name = name;
		}

		@Override
		public String getFilename() {
			return name;
		}

		@Override
		public long contentLength() {
			return -1;
		}
	}
}
