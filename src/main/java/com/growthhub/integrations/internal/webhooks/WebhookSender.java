package com.growthhub.integrations.internal.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one signed attempt: POST of the frozen payload with the Standard Webhooks headers, redirects not followed
 * (a redirect could lead to an address the guard refuses), connect and read timeouts from the settings. Keeps the
 * response's status, its first 2 KB and the time it took; a refused address or a network failure is an attempt that
 * failed, described in {@code error}.
 */
@Component
class WebhookSender {

	static final int KEPT_BODY = 2048;

	private final HttpClient client;
	private final TargetAddresses addresses;
	private final Duration readTimeout;

	WebhookSender(TargetAddresses addresses, WebhookSettings settings) {
		this.addresses = addresses;
		this.readTimeout = settings.readTimeout();
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** What came back: the attempt to record and, for 429 and 503, how long the receiver asked to wait. */
	record Outcome(DeliveryRepository.Attempt attempt, boolean delivered, @Nullable Duration retryAfter) {
	}

	Outcome send(String url, String messageId, String secret, String payload) {
		Instant at = Instant.now();
		long timestamp = at.getEpochSecond();
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("content-type", "application/json");
		headers.put("user-agent", "GrowthHub-Webhooks/1");
		headers.put("webhook-id", messageId);
		headers.put("webhook-timestamp", Long.toString(timestamp));
		headers.put("webhook-signature", WebhookSignature.sign(secret, messageId, timestamp, payload));
		long started = System.nanoTime();
		try {
			addresses.check(url);
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(readTimeout)
				.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
			headers.forEach((name, value) -> {
				if (!name.equals("user-agent")) {
					request.header(name, value);
				}
			});
			request.header("User-Agent", headers.get("user-agent"));
			HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
			String body = firstBytes(response.body());
			int status = response.statusCode();
			return new Outcome(new DeliveryRepository.Attempt(logged(headers), status, body, millisSince(started), null, at),
					status >= 200 && status < 300, status == 429 || status == 503 ? retryAfter(response) : null);
		}
		catch (WebhookInputException ex) {
			return failure(headers, started, at, "Refused: the URL " + ex.getBody().getDetail().replace("'url' ", ""));
		}
		catch (java.net.http.HttpTimeoutException ex) {
			return failure(headers, started, at, "The receiver did not answer within " + readTimeout.toSeconds() + " s");
		}
		catch (java.net.ConnectException ex) {
			return failure(headers, started, at, "Could not connect to the receiver");
		}
		catch (IOException | IllegalArgumentException ex) {
			return failure(headers, started, at, "The request failed: " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failure(headers, started, at, "Interrupted while sending");
		}
	}

	private static Outcome failure(Map<String, String> headers, long started, Instant at, String error) {
		String clipped = error.length() > 500 ? error.substring(0, 500) : error;
		return new Outcome(new DeliveryRepository.Attempt(logged(headers), null, null, millisSince(started), clipped, at), false,
				null);
	}

	/** The log shows the request as sent; the signature is not secret (it proves nothing without the secret). */
	private static Map<String, String> logged(Map<String, String> headers) {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	private static String firstBytes(InputStream body) throws IOException {
		try (body) {
			byte[] first = body.readNBytes(KEPT_BODY);
			String text = new String(first, StandardCharsets.UTF_8);
			// A multi-byte character cut at the limit decodes to more bytes than it had: keep within 2 KB.
			while (text.getBytes(StandardCharsets.UTF_8).length > KEPT_BODY || text.length() > KEPT_BODY) {
				text = text.substring(0, text.length() - 1);
			}
			return text;
		}
	}

	private static @Nullable Duration retryAfter(HttpResponse<?> response) {
		Optional<String> value = response.headers().firstValue("Retry-After");
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value.get().strip())));
		}
		catch (NumberFormatException ex) {
			try {
				Instant when = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.get().strip(), Instant::from);
				return Duration.between(Instant.now(), when).isNegative() ? null : Duration.between(Instant.now(), when);
			}
			catch (java.time.format.DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static int millisSince(long started) {
		return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
	}
}
