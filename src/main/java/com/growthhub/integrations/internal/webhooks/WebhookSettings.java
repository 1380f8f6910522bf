package com.growthhub.integrations.internal.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing webhook settings ({@code growthhub.integrations.webhooks.*}).
 *
 * @param allowPrivateTargets whether a subscription may point at a private, loopback or link-local address
 *        ({@code GROWTHHUB_INTEGRATIONS_WEBHOOKS_ALLOW_PRIVATE_TARGETS}); also allows plain http. Off: an address inside
 *        the installation's network would let anyone who may add a webhook probe it.
 * @param connectTimeout how long a receiver may take to accept the connection
 * @param readTimeout how long a receiver may take to answer
 * @param firstRetry the wait before the second attempt; it doubles with each failure, with jitter
 * @param longestRetry the longest wait between two attempts
 * @param retryFor how long a delivery is retried before it is given up and its subscription disabled
 * @param disableAfterFailures consecutive failed attempts (across deliveries) that disable a subscription ...
 * @param failingFor ... once the first of them is at least this old, so a short outage under a burst is retried
 * @param pollInterval how often the job system looks for due deliveries on top of the nudge after each event
 * @param batchSize deliveries one node claims at a time
 * @param concurrency deliveries one node sends at the same time
 * @param keepDeliveries how long delivered and given-up deliveries stay in the log
 */
@ConfigurationProperties("growthhub.integrations.webhooks")
public record WebhookSettings(@DefaultValue("false") boolean allowPrivateTargets,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout,
		@DefaultValue("30s") Duration firstRetry, @DefaultValue("6h") Duration longestRetry,
		@DefaultValue("3d") Duration retryFor, @DefaultValue("100") int disableAfterFailures,
		@DefaultValue("1d") Duration failingFor, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("32") int concurrency,
		@DefaultValue("30d") Duration keepDeliveries) {

	/** How long a claimed delivery stays with the node that claimed it: longer than any attempt can take. */
	Duration lease() {
		return connectTimeout.plus(readTimeout).multipliedBy(2).plusSeconds(30);
	}
}
