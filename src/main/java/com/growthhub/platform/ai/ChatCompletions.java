package com.growthhub.platform.ai;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;

/**
 * One OpenAI-compatible chat-completions endpoint through Spring AI, built here from {@link AiSettings} rather than
 * by Spring AI's auto-configuration (which is switched off), so an installation without a key starts normally. The
 * SDK's own retries are off: a failed call falls back to the rules at once instead of keeping someone waiting.
 */
class ChatCompletions {

	private final ChatModel model;

	private final String modelName;

	private final Duration timeout;

	ChatCompletions(AiSettings settings) {
		this.modelName = Objects.requireNonNull(settings.model());
		this.timeout = settings.timeout();
		this.model = OpenAiChatModel.builder()
			.options(OpenAiChatOptions.builder()
				.baseUrl(settings.baseUrl())
				.apiKey(settings.apiKey())
				.model(modelName)
				.temperature(0.0)
				.timeout(settings.timeout())
				.maxRetries(0)
				.build())
			.build();
	}

	String modelName() {
		return modelName;
	}

	/** The assistant's answer to a system and a user message; blank when the endpoint gave no text. */
	String ask(String system, String user, boolean json) {
		// Per-call options replace the defaults field by field, the timeout included: repeat it here.
		OpenAiChatOptions.Builder options = OpenAiChatOptions.builder().model(modelName).timeout(timeout).maxRetries(0);
		if (json) {
			options.responseFormat(OpenAiChatModel.ResponseFormat.builder()
				.type(OpenAiChatModel.ResponseFormat.Type.JSON_OBJECT)
				.build());
		}
		long started = System.nanoTime();
		ChatResponse response;
		try {
			response = model.call(new Prompt(List.of(new SystemMessage(system), new UserMessage(user)),
					options.build()));
		}
		catch (RuntimeException e) {
			// The SDK reports its call timeout as a closed socket; say what happened.
			if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) >= 0) {
				throw new UnusableAnswerException("no answer within " + timeout.toMillis() + " ms (timeout)", e);
			}
			throw e;
		}
		if (response == null || response.getResult() == null) {
			return "";
		}
		String text = response.getResult().getOutput().getText();
		return text == null ? "" : text;
	}
}
