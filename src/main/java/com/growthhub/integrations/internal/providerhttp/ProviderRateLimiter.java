package com.growthhub.integrations.internal.providerhttp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;

import io.github.bucket4j.Bucket;

/**
 * One token bucket per provider limit and account, in this node's memory: a call waits for a token rather than
 * failing, so a sync run slows down to the provider's pace instead of collecting 429s. Buckets start full and refill
 * greedily (a token every {@code period / requests}). Another node keeps its own buckets; the retries on 429 cover
 * the rare overlap.
 */
@Component
public class ProviderRateLimiter {

	/** Accounts come and go with their tokens; past this many buckets the idle ones are dropped (all start full). */
	private static final int MAX_BUCKETS = 10_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	/**
	 * Takes a token, waiting up to {@code longestWait} for one.
	 * @throws ProviderRateLimitedException when the wait would be longer
	 */
	public void acquire(RateLimit limit, String account, Duration longestWait) {
		Bucket bucket = bucket(limit, account);
		try {
			boolean taken = longestWait.isPositive() ? bucket.asBlocking().tryConsume(1, longestWait) : bucket.tryConsume(1);
			if (!taken) {
				throw new ProviderRateLimitedException("The %s limit of %d requests per %s is used up for now"
					.formatted(limit.name(), limit.requests(), limit.period()), limit.period());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderFailureException("Interrupted while waiting for the " + limit.name() + " limit", ex);
		}
	}

	/** Tokens left in a bucket now: what a test or a status page can look at. */
	public long available(RateLimit limit, String account) {
		return bucket(limit, account).getAvailableTokens();
	}

	private Bucket bucket(RateLimit limit, String account) {
		if (this.buckets.size() > MAX_BUCKETS) {
			this.buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= capacityOf(entry.getKey()));
		}
		return this.buckets.computeIfAbsent(key(limit, account), key -> Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.requests()).refillGreedy(limit.requests(), limit.period()))
			.build());
	}

	private static String key(RateLimit limit, String account) {
		return limit.requests() + "|" + limit.name() + "|" + account;
	}

	private static long capacityOf(String key) {
		return Long.parseLong(key.substring(0, key.indexOf('|')));
	}
}
