package com.growthhub.integrations.internal.providerhttp;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * What a provider adds to reading an answer: Salesforce counts its daily allowance from a header on every answer and
 * says "limit exceeded" with a 403. Runs before the generic status handling and may throw to take over.
 */
@FunctionalInterface
public interface AnswerCheck {

	AnswerCheck NONE = (call, status, headers, errorBody) -> {
	};

	/** Called before each attempt is sent as well, with a null status, so a used-up allowance stops the call early. */
	void check(ProviderCall call, @Nullable HttpStatusCode status, HttpHeaders headers, @Nullable String errorBody);
}
