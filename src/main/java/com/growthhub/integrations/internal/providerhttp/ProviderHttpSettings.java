package com.growthhub.integrations.internal.providerhttp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How patiently GrowthHub talks to providers ({@code growthhub.integrations.http.*}).
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param maxAttempts attempts of one call when the provider says to slow down or fails on its side
 * @param firstBackoff the wait before the second attempt when the provider names none; doubled each time, with jitter
 * @param longestWait the longest a sync thread waits in place (for a token or a {@code Retry-After}); beyond it the
 * call fails with {@code ProviderRateLimitedException} and the engine reschedules the run
 */
@ConfigurationProperties("growthhub.integrations.http")
public record ProviderHttpSettings(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("30s") Duration readTimeout,
		@DefaultValue("4") int maxAttempts, @DefaultValue("500ms") Duration firstBackoff,
		@DefaultValue("60s") Duration longestWait) {
}
