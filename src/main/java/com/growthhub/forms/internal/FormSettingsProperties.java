package com.growthhub.forms.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.forms.*}: limits of the public endpoints and the processor's pace.
 *
 * @param maxBodyBytes the largest submission body (JSON or form-encoded); files have their own limit
 * @param perIpPerMinute submissions one address may send to one form per minute (per node)
 * @param perFormPerMinute submissions one form takes per minute from everyone (per node)
 * @param powMaxNumber the proof of work's search space: about half of it is tried on average
 * @param powValidity how long a challenge may be solved and sent
 * @param liveCacheTtl how long a node serves a published version before reading it again
 * @param pollInterval how often the job system drains the queue (fresh submissions do not wait for it)
 * @param batchSize submissions claimed at once
 * @param concurrency submissions processed at once per node
 * @param lease how long a claimed submission is left to its node before another may take it
 * @param maxAttempts attempts before a submission is marked failed (it stays listed and can be retried)
 */
@ConfigurationProperties("growthhub.forms")
public record FormSettingsProperties(@DefaultValue("65536") int maxBodyBytes, @DefaultValue("20") int perIpPerMinute,
		@DefaultValue("600") int perFormPerMinute, @DefaultValue("50000") int powMaxNumber,
		@DefaultValue("20m") Duration powValidity, @DefaultValue("5s") Duration liveCacheTtl,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("50") int batchSize, @DefaultValue("4") int concurrency,
		@DefaultValue("2m") Duration lease, @DefaultValue("8") int maxAttempts,
		@DefaultValue("10485760") long maxFileBytes) {
}
