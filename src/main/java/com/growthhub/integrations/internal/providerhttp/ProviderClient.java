package com.growthhub.integrations.internal.providerhttp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;

import com.growthhub.integrations.internal.connectors.ProviderFailureException;
import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.connectors.ProviderUnauthorizedException;

/**
 * Sends calls to one provider the way every connector needs: waits for the rate-limit tokens, retries 429s (and
 * server errors of calls that can be repeated) with exponential backoff and jitter honouring {@code Retry-After}, and
 * turns the rest into the connector exceptions with messages a person can read. Tokens never reach a log line or a
 * message.
 */
public class ProviderClient {

	private static final Logger log = LoggerFactory.getLogger(ProviderClient.class);

	private final String providerName;

	private final RestClient rest;

	private final ProviderRateLimiter limiter;

	private final ProviderHttpSettings settings;

	private final AnswerCheck check;

	ProviderClient(String providerName, RestClient rest, ProviderRateLimiter limiter, ProviderHttpSettings settings,
			AnswerCheck check) {
		this.providerName = providerName;
		this.rest = rest;
		this.limiter = limiter;
		this.settings = settings;
		this.check = check;
	}

	public <T> T send(ProviderCall call, Function<RestClient, RestClient.RequestHeadersSpec<?>> request, Class<T> answer) {
		return send(call, request, ParameterizedTypeReference.forType(answer));
	}

	/** Sends until an attempt succeeds or the attempts are used up; the answer's body converted to {@code answer}. */
	public <T> T send(ProviderCall call, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			ParameterizedTypeReference<T> answer) {
		T body = exchange(call, request, answer, false);
		if (body == null) {
			throw new ProviderFailureException("%s answered %s without a body".formatted(this.providerName, call.purpose()));
		}
		return body;
	}

	/**
	 * Sends a deletion, whose answer may have no body ({@code 204}); a {@code 404} or {@code 410} means the record is
	 * gone already, which is what was asked, so it is no failure.
	 */
	public void delete(ProviderCall call, Function<RestClient, RestClient.RequestHeadersSpec<?>> request) {
		exchange(call, request, ParameterizedTypeReference.forType(String.class), true);
	}

	private <T> @Nullable T exchange(ProviderCall call, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			ParameterizedTypeReference<T> answer, boolean goneIsDone) {
		for (int attempt = 1;; attempt++) {
			this.check.check(call, null, HttpHeaders.EMPTY, null);
			for (RateLimit limit : call.limits()) {
				this.limiter.acquire(limit, call.account(), this.settings.longestWait());
			}
			Answer<T> outcome = attempt(call, request, answer);
			if (outcome.status().is2xxSuccessful()) {
				return outcome.body();
			}
			if (goneIsDone && (outcome.status().value() == 404 || outcome.status().value() == 410)) {
				return null;
			}
			Duration wait = nextWait(call, outcome, attempt);
			log.info("{} answered {} to {} (attempt {} of {}); trying again in {} ms", this.providerName,
					outcome.status().value(), call.purpose(), attempt, this.settings.maxAttempts(), wait.toMillis());
			pause(wait);
		}
	}

	private <T> Answer<T> attempt(ProviderCall call, Function<RestClient, RestClient.RequestHeadersSpec<?>> request,
			ParameterizedTypeReference<T> answer) {
		try {
			return request.apply(this.rest).exchange((req, res) -> {
				HttpStatusCode status = res.getStatusCode();
				if (status.is2xxSuccessful()) {
					this.check.check(call, status, res.getHeaders(), null);
					return new Answer<>(status, res.getHeaders(), res.bodyTo(answer), null);
				}
				String text = new String(res.getBody().readNBytes(64 * 1024), StandardCharsets.UTF_8);
				this.check.check(call, status, res.getHeaders(), text);
				return new Answer<>(status, res.getHeaders(), null, text);
			}, true);
		}
		catch (ResourceAccessException ex) {
			log.warn("{} could not be reached to {}: {}", this.providerName, call.purpose(), ex.getMostSpecificCause().toString());
			// A timeout or a refused connection: repeatable calls get another attempt, others must not run twice.
			return new Answer<>(HttpStatus.SERVICE_UNAVAILABLE, HttpHeaders.EMPTY, null, null);
		}
		catch (RestClientException ex) {
			// An answer of another shape than documented: nothing to retry, and no stack trace for a person.
			log.warn("{} answered {} in a form this version cannot read: {}", this.providerName, call.purpose(),
					ex.getMostSpecificCause().toString());
			throw new ProviderFailureException(
					"%s answered %s in a form GrowthHub cannot read".formatted(this.providerName, call.purpose()));
		}
	}

	/** How long to wait before the next attempt, or the exception that ends the call. */
	private Duration nextWait(ProviderCall call, Answer<?> outcome, int attempt) {
		int status = outcome.status().value();
		String what = "%s answered %d to %s".formatted(this.providerName, status, call.purpose());
		if (status == 401) {
			throw new ProviderUnauthorizedException(
					"%s no longer accepts the access token (%s); reconnect the account".formatted(this.providerName, what));
		}
		boolean slowDown = status == 429;
		boolean transientFailure = status >= 500 && call.idempotent();
		if (!slowDown && !transientFailure) {
			String reason = outcome.errorBody() == null ? "" : ": " + ProviderMessage.of(call.masked(outcome.errorBody()));
			throw new ProviderFailureException(outcome.errorBody() == null && status == 503
					? "%s did not answer in time to %s".formatted(this.providerName, call.purpose()) : what + reason);
		}
		Duration wait = retryAfter(outcome.headers()).orElseGet(() -> backoff(attempt));
		if (attempt >= this.settings.maxAttempts() || wait.compareTo(this.settings.longestWait()) > 0) {
			if (slowDown) {
				throw new ProviderRateLimitedException(what + "; asked to slow down " + attempt + " times", wait);
			}
			throw new ProviderFailureException(what + " " + attempt + " times; try again later");
		}
		return wait;
	}

	private Duration backoff(int attempt) {
		long ceiling = this.settings.firstBackoff().toMillis() << Math.min(attempt - 1, 16);
		return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
	}

	/** {@code Retry-After} in seconds or as an HTTP date. */
	static Optional<Duration> retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
		}
		catch (NumberFormatException notSeconds) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return Optional.of(until.isNegative() ? Duration.ZERO : until);
			}
			catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ProviderFailureException("Interrupted while waiting to call the provider again", ex);
		}
	}

	private record Answer<T>(HttpStatusCode status, HttpHeaders headers, @Nullable T body, @Nullable String errorBody) {
	}
}
