package com.growthhub.platform.ai;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.growthhub.masterclasses.internal.insights.Insight;
import com.growthhub.masterclasses.internal.insights.InsightAdvisor;
import com.growthhub.masterclasses.internal.insights.InsightFixtureReports;

import tools.jackson.databind.json.JsonMapper;

/**
 * A masterclass's AI summary and suggestions through the real port against a chat-completions WireMock stub; with
 * the template drafter (no model) there is no AI insight at all.
 */
class InsightAdvisorModelTests {

	private static final WireMockServer AI = new WireMockServer(options().dynamicPort());

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T19:00:00Z"), ZoneOffset.UTC);

	@BeforeAll
	static void start() {
		AI.start();
	}

	@AfterAll
	static void stop() {
		AI.stop();
	}

	@Test
	void theModelsAnswerBecomesASummaryAndSuggestions() {
		AI.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(okJson(completion("""
				The class kept most viewers until the pricing section, where half of them left.

				- Show the price earlier, framed by the results.
				- Answer the two open questions in the follow-up email.
				"""))));
		AiSettings settings = new AiSettings(AI.baseUrl() + "/v1", "sk-test", "gpt-4o-mini", Duration.ofSeconds(60));
		TextDrafter model = new ModelDrafter(new ChatCompletions(settings), new TemplateDrafter(CLOCK), settings, CLOCK);

		List<Insight> written = new InsightAdvisor(model).advise(InsightFixtureReports.recordedSession());

		assertThat(written).containsExactly(
				new Insight("summary", "The class kept most viewers until the pricing section, where half of them left.", 2,
						"gpt-4o-mini"),
				new Insight("suggestion", "Show the price earlier, framed by the results.", 3, "gpt-4o-mini"),
				new Insight("suggestion", "Answer the two open questions in the follow-up email.", 3, "gpt-4o-mini"));
		AI.verify(postRequestedFor(urlEqualTo("/v1/chat/completions"))
			.withRequestBody(matchingJsonPath("$.messages[1].content", containing("50% left at 32:10"))));
	}

	@Test
	void withoutAModelThereIsNoAiInsight() {
		assertThat(new InsightAdvisor(new TemplateDrafter(CLOCK)).advise(InsightFixtureReports.recordedSession())).isEmpty();
	}

	private static String completion(String content) {
		return JsonMapper.builder().build().writeValueAsString(Map.of("id", "chatcmpl-1", "object", "chat.completion",
				"created", 1741569952, "model", "gpt-4o-mini",
				"choices", List.of(Map.of("index", 0, "message", Map.of("role", "assistant", "content", content),
						"finish_reason", "stop")),
				"usage", Map.of("prompt_tokens", 19, "completion_tokens", 10, "total_tokens", 29)));
	}
}
