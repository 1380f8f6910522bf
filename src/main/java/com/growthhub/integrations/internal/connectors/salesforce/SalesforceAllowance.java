package com.growthhub.integrations.internal.connectors.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;

import com.growthhub.integrations.internal.connectors.ProviderRateLimitedException;
import com.growthhub.integrations.internal.providerhttp.AnswerCheck;
import com.growthhub.integrations.internal.providerhttp.ProviderCall;

/**
 * Salesforce's daily API allowance per org, as every answer reports it ({@code Sforce-Limit-Info: api-usage=18/15000}).
 * A used-up allowance ({@code 403 REQUEST_LIMIT_EXCEEDED}, or none left in the last answer) makes calls fail as rate
 * limited for an hour without reaching Salesforce; the allowance is a rolling 24 hours, so an hour later a call is
 * let through to find out.
 */
@Component
public class SalesforceAllowance implements AnswerCheck {

	static final Duration PAUSE = Duration.ofHours(1);

	private static final Pattern API_USAGE = Pattern.compile("api-usage=(\\d+)/(\\d+)");

	private final Map<String, Usage> usage = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	/** The last reported allowance of the org whose calls count against {@code account} (its instance URL). */
	public Optional<Usage> usage(String account) {
		return Optional.ofNullable(this.usage.get(account));
	}

	@Override
	public void check(ProviderCall call, @Nullable HttpStatusCode status, HttpHeaders headers, @Nullable String errorBody) {
		if (status == null) {
			Usage last = this.usage.get(call.account());
			if (last != null && last.remaining() <= 0 && last.seenAt().plus(PAUSE).isAfter(this.clock.instant())) {
				throw usedUp(last.seenAt().plus(PAUSE));
			}
			return;
		}
		String info = headers.getFirst("Sforce-Limit-Info");
		Matcher matcher = info == null ? null : API_USAGE.matcher(info);
		if (matcher != null && matcher.find()) {
			this.usage.put(call.account(), new Usage(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
					this.clock.instant()));
		}
		if (status.value() == 403 && errorBody != null && errorBody.contains("REQUEST_LIMIT_EXCEEDED")) {
			Usage last = this.usage.get(call.account());
			this.usage.put(call.account(), new Usage(last == null ? 0 : last.limit(), last == null ? 0 : last.limit(),
					this.clock.instant()));
			throw usedUp(this.clock.instant().plus(PAUSE));
		}
	}

	private ProviderRateLimitedException usedUp(Instant until) {
		Duration wait = Duration.between(this.clock.instant(), until);
		return new ProviderRateLimitedException(
				"Salesforce's daily API allowance of this org is used up; trying again in " + wait.toMinutes() + " minutes",
				wait);
	}

	/** API requests used and allowed in the last 24 hours, as Salesforce last reported them. */
	public record Usage(long used, long limit, Instant seenAt) {

		public long remaining() {
			return this.limit - this.used;
		}
	}
}
