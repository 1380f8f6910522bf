package com.growthhub.integrations.internal.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.growthhub.calls.IncomingCall;

/**
 * A provider of tracked phone calls (CallTrackingMetrics), implemented beside {@link Connector} by the same bean: the
 * sync engine reads calls instead of contacts from it and reports them to the calls module, and tells it the star
 * ratings people change here. Same exceptions as {@link Connector}.
 */
public interface CallSource {

	/**
	 * One page of calls that started at or after {@code since} (everything when null), from {@code cursor} (null for
	 * the first page); the page's cursor resumes the run after a crash and is null after the last page.
	 */
	CallPage calls(ProviderCredentials credentials, CallRequest request);

	/** One call as the provider has it now (its transcript may have arrived since the list was read). */
	IncomingCall call(ProviderCredentials credentials, String externalId);

	/** Sets the call's rating (1–5) at the provider, or clears it when null. */
	void rate(ProviderCredentials credentials, String externalId, @Nullable Integer rating);

	/**
	 * The provider account a webhook delivery is about, read before its signature is checked only to find the
	 * connection whose secret checks it; null when the body is no call or names none.
	 */
	@Nullable String deliveryAccount(byte[] body);

	/**
	 * The calls a webhook delivery carries, once its signature is proven with the connection's credentials.
	 * @param headers request headers with lower-case names
	 * @throws InvalidWebhookException when the signature is missing or wrong
	 */
	List<IncomingCall> delivery(ProviderCredentials credentials, Map<String, String> headers, byte[] body);

	record CallRequest(@Nullable String cursor, @Nullable Instant since, int pageSize) {
	}

	record CallPage(List<IncomingCall> calls, @Nullable String nextCursor) {

		public CallPage {
			calls = List.copyOf(calls);
		}
	}
}
