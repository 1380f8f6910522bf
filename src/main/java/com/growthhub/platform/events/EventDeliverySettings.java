package com.growthhub.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event publication registry is kept ({@code growthhub.events.*}).
 *
 * @param retryAfter an undelivered publication older than this is delivered again (its listener failed, or the node
 *        delivering it died)
 * @param maxAttempts after this many deliveries a publication stays failed, for an operator to look at
 * @param keepCompleted how long delivered publications stay in the registry
 */
@ConfigurationProperties("growthhub.events")
record EventDeliverySettings(@DefaultValue("5m") Duration retryAfter, @DefaultValue("8") int maxAttempts,
		@DefaultValue("7d") Duration keepCompleted) {
}
