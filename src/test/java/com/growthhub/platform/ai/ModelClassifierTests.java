package com.growthhub.platform.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.tomakehurst.wiremock.WireMockServer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The remote path against a WireMock server shaped like OpenAI's {@code POST /v1/chat/completions}: a good answer is
 * believed, and an unknown label, malformed JSON, a timeout and an HTTP error each fall back to the rules, logged
 * without the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class ModelClassifierTests {

	private static final String KEY = "sk-test-0123456789abcdef";

	private static final String MODEL = "gpt-4o-mini";

	private static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

	private static final List<ClassLabel> LABELS = List.of(
			new ClassLabel("lead", "wants to buy", List.of("pricing"), List.of()),
			new ClassLabel("spam", "junk", List.of("casino"), List.of()),
			new ClassLabel("other", "anything else", List.of(), List.of()));

	private static final WireMockServer AI = new WireMockServer(options().dynamicPort());

	private ModelClassifier classifier;

	private ModelDrafter drafter;

	@BeforeAll
	static void start() {
		AI.start();
		// The first call loads the OpenAI SDK and its HTTP client, which can take longer than the timeout under test.
		answer("{\"label\":\"other\",\"confidence\":0.5,\"summary\":\"warm-up\"}");
		AiSettings patient = new AiSettings(AI.baseUrl() + "/v1", KEY, MODEL, Duration.ofSeconds(60));
		new ChatCompletions(patient).ask("warm up", "warm up", true);
	}

	@AfterAll
	static void stop() {
		AI.stop();
	}

	@BeforeEach
	void setUp() {
		AI.resetAll();
		AiSettings settings = new AiSettings(AI.baseUrl() + "/v1", KEY, MODEL, Duration.ofMillis(1500));
		Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
		ChatCompletions chat = new ChatCompletions(settings);
		classifier = new ModelClassifier(chat, new RuleClassifier(clock), settings, clock);
		drafter = new ModelDrafter(chat, new TemplateDrafter(clock), settings, clock);
	}

	@Test
	void believesAWellFormedAnswerAndNamesTheModel() {
		answer("{\"label\":\"spam\",\"confidence\":0.93,\"summary\":\"Casino advertising\"}");

		Classification result = classifier.classify("Our pricing is great, visit our casino", LABELS);

		assertThat(result).isEqualTo(new Classification("spam", 0.93, "Casino advertising", MODEL, NOW));
		AI.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withHeader("Authorization", equalTo("Bearer " + KEY))
			.withRequestBody(matchingJsonPath("$.model", equalTo(MODEL)))
			.withRequestBody(matchingJsonPath("$.response_format.type", equalTo("json_object")))
			.withRequestBody(matchingJsonPath("$.messages[0].role", equalTo("system")))
			.withRequestBody(matchingJsonPath("$.messages[0].content", com.github.tomakehurst.wiremock.client.WireMock
				.containing("- lead: wants to buy")))
			.withRequestBody(matchingJsonPath("$.messages[1].content",
					equalTo("Our pricing is great, visit our casino"))));
	}

	@Test
	void anAnswerInACodeFenceIsStillRead() {
		answer("```json\n{\"label\":\"lead\",\"confidence\":0.8,\"summary\":\"Asks for prices\"}\n```");

		assertThat(classifier.classify("pricing?", LABELS).source()).isEqualTo(MODEL);
	}

	@Test
	void anUnknownLabelFallsBackToTheRules(CapturedOutput output) {
		answer("{\"label\":\"job_application\",\"confidence\":0.9,\"summary\":\"CV attached\"}");

		Classification result = classifier.classify("Send me your pricing", LABELS);

		assertThat(result.source()).isEqualTo("rules");
		assertThat(result.label()).isEqualTo("lead");
		assertThat(output).contains("the rules answered instead", "job_application").doesNotContain(KEY);
	}

	@Test
	void aConfidenceOutsideZeroToOneFallsBackToTheRules() {
		answer("{\"label\":\"lead\",\"confidence\":\"very\",\"summary\":\"x\"}");

		assertThat(classifier.classify("pricing", LABELS).source()).isEqualTo("rules");
	}

	@Test
	void malformedJsonFallsBackToTheRules(CapturedOutput output) {
		answer("Sure! The label is lead.");

		Classification result = classifier.classify("pricing please", LABELS);

		assertThat(result.source()).isEqualTo("rules");
		assertThat(result.label()).isEqualTo("lead");
		assertThat(output).contains("AI classification by " + MODEL + " failed").doesNotContain(KEY);
	}

	@Test
	void aTimeoutFallsBackToTheRulesWithinTheConfiguredTime(CapturedOutput output) {
		AI.stubFor(post(urlEqualTo("/v1/chat/completions"))
			.willReturn(okJson(completion("{\"label\":\"lead\",\"confidence\":0.9,\"summary\":\"late\"}"))
				.withFixedDelay(8_000)));

		long started = System.nanoTime();
		Classification result = classifier.classify("casino night", LABELS);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(result.source()).isEqualTo("rules");
		assertThat(result.label()).isEqualTo("spam");
		assertThat(took).isBetween(Duration.ofMillis(1400), Duration.ofSeconds(6));
		assertThat(output).contains("the rules answered instead", "no answer within 1500 ms (timeout)").doesNotContain(KEY);
	}

	@Test
	void anHttpErrorFallsBackToTheRules(CapturedOutput output) {
		AI.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Incorrect API key provided: " + KEY
					+ "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")));

		Classification result = classifier.classify("casino", LABELS);

		assertThat(result.source()).isEqualTo("rules");
		assertThat(output).contains("the rules answered instead").doesNotContain(KEY);
	}

	@Test
	void draftsWithTheModel() {
		answer("Dear Ada, thank you for asking about the Pro plan.");

		Draft draft = drafter.draft("Thank {{name}} for asking.", Map.of("name", "Ada"));

		assertThat(draft).isEqualTo(new Draft("Dear Ada, thank you for asking about the Pro plan.", MODEL, NOW));
		AI.verify(postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(
				matchingJsonPath("$.messages[1].content", com.github.tomakehurst.wiremock.client.WireMock
					.containing("- name: Ada"))));
	}

	@Test
	void aFailedDraftFallsBackToTheTemplate(CapturedOutput output) {
		AI.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));

		Draft draft = drafter.draft("Thank {{name}} for asking.", Map.of("name", "Ada"));

		assertThat(draft).isEqualTo(new Draft("Thank Ada for asking.", "rules", NOW));
		assertThat(output).contains("the template answered instead").doesNotContain(KEY);
	}

	private static void answer(String content) {
		AI.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(completion(content))));
	}

	/** A chat completion as OpenAI documents it. */
	private static String completion(String content) {
		return JsonMapper.builder().build().writeValueAsString(Map.of(
				"id", "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
				"object", "chat.completion",
				"created", 1741569952,
				"model", MODEL,
				"choices", List.of(Map.of("index", 0,
						"message", Map.of("role", "assistant", "content", content),
						"finish_reason", "stop")),
				"usage", Map.of("prompt_tokens", 19, "completion_tokens", 10, "total_tokens", 29)));
	}
}
