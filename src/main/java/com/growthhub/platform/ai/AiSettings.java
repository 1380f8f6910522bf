package com.growthhub.platform.ai;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The OpenAI-compatible endpoint ({@code growthhub.ai.*}, from {@code GROWTHHUB_AI_BASE_URL}, {@code _API_KEY},
 * {@code _MODEL}, {@code _TIMEOUT}). The base URL is the one the chat-completions path is appended to, e.g.
 * {@code https://api.openai.com/v1}. The timeout is short on purpose: a person or a queue waits for the answer, and
 * the rules answer at once.
 */
@ConfigurationProperties("growthhub.ai")
record AiSettings(@Nullable String baseUrl, @Nullable String apiKey, @Nullable String model,
		@DefaultValue("10s") Duration timeout) {

	boolean configured() {
		return StringUtils.hasText(baseUrl) && StringUtils.hasText(apiKey) && StringUtils.hasText(model);
	}

	/** Why a call failed, for logs: the exception and its root cause (an SDK's "Request failed" hides a timeout). */
	String reason(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String reason = failure.getClass().getSimpleName() + ": " + redact(failure.getMessage());
		return root == failure ? reason
				: reason + " (" + root.getClass().getSimpleName() + ": " + redact(root.getMessage()) + ")";
	}

	/** A message with the key blanked out, for logs: provider errors sometimes echo the request. */
	String redact(@Nullable String message) {
		if (message == null) {
			return "";
		}
		return StringUtils.hasText(apiKey) ? message.replace(apiKey, "***") : message;
	}
}
