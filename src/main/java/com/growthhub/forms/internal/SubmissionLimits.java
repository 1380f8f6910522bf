package com.growthhub.forms.internal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Per-address and per-form rate limits of the public submission endpoint, in memory on each node. The platform's
 * {@code Throttle} counts in PostgreSQL, which would add a write to a hot row on every submission and undo the
 * one-insert acceptance; a limit per node is what spam protection needs (a flood is cut at each node), and the
 * proof of work already makes each submission cost the sender.
 */
@Component
class SubmissionLimits {

	private final FormSettingsProperties settings;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	SubmissionLimits(FormSettingsProperties settings) {
		this.settings = settings;
	}

	/** Takes one submission from both buckets; throws 429 with the wait when either is empty. */
	void take(UUID formId, String address) {
		take("form:" + formId, settings.perFormPerMinute());
		take("ip:" + formId + ":" + address, settings.perIpPerMinute());
	}

	private void take(String key, int perMinute) {
		if (buckets.size() > 100_000) {
			forgetIdle();
		}
		Bucket bucket = buckets.computeIfAbsent(key, k -> Bucket.builder()
			.addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw SubmissionRefusedException.tooMany(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** Full buckets are forgotten when many piled up, so addresses seen once do not fill the memory. */
	private void forgetIdle() {
		buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= settings.perIpPerMinute());
	}
}
