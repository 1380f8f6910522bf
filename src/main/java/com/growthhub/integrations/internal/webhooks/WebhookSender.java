package com.growthhub.integrations.internal.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one signed attempt: POST of the frozen payload with the Standard Webhooks headers, redirects not followed
 * (a redirect could lead to an address the guard refuses), connect and read timeouts from the settings. Keeps the
 * response's status, its first 2 KB and the time it took; a refused address or a network failure is an attempt that
 * failed, described in {@code error}.
 *
 * <p>Apache HttpClient rather than the JDK's, for one reason: its connections resolve host names through a resolver of
 * ours, {@link TargetAddresses#connectable}, which checks the very addresses connected to (the JDK's client resolves
 * on its own, after any check). TLS still verifies the certificate against the URL's host name. The client retries
 * nothing and keeps no cookies: retries are the dispatcher's, with its schedule.
 */
@Component
class WebhookSender implements AutoCloseable {

	static final int KEPT_BODY = 2048;

	private final CloseableHttpClient client;
	private final TargetAddresses addresses;
	private final Duration connectTimeout;
	private final Duration readTimeout;

	WebhookSender(TargetAddresses addresses, WebhookSettings settings) {
		this.addresses = addresses;
		this.connectTimeout = settings.connectTimeout();
		this.readTimeout = settings.readTimeout();
		DnsResolver checked = new DnsResolver() {

			@Override
			public InetAddress[] resolve(String host) throws UnknownHostException {
				return addresses.connectable(host);
			}

			@Override
			public String resolveCanonicalHostname(String host) {
				return host;
			}
		};
		int connections = Math.max(1, settings.concurrency());
		this.client = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setDnsResolver(checked)
				.setMaxConnTotal(connections)
				.setMaxConnPerRoute(connections)
				.setDefaultConnectionConfig(ConnectionConfig.custom()
					.setConnectTimeout(Timeout.of(settings.connectTimeout()))
					.setSocketTimeout(Timeout.of(settings.readTimeout()))
					.build())
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setResponseTimeout(Timeout.of(settings.readTimeout()))
				.setConnectionRequestTimeout(Timeout.of(settings.connectTimeout()))
				.setRedirectsEnabled(false)
				.build())
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.disableDefaultUserAgent()
			.evictIdleConnections(TimeValue.ofMinutes(1))
			.build();
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
			HttpPost request = new HttpPost(addresses.checkShape(url));
			request.setEntity(new ByteArrayEntity(payload.getBytes(StandardCharsets.UTF_8), ContentType.create("application/json")));
			headers.forEach((name, value) -> {
				if (!name.equals("content-type")) {
					request.setHeader(name.equals("user-agent") ? "User-Agent" : name, value);
				}
			});
			ClassicHttpResponse response = client.executeOpen(null, request, null);
			try {
				String body = firstBytes(request, response.getEntity());
				int status = response.getCode();
				return new Outcome(new DeliveryRepository.Attempt(logged(headers), status, body, millisSince(started), null, at),
						status >= 200 && status < 300, status == 429 || status == 503 ? retryAfter(response) : null);
			}
			finally {
				closeQuietly(response);
			}
		}
		catch (WebhookInputException ex) {
			return failure(headers, started, at, "Refused: the URL " + ex.getBody().getDetail().replace("'url' ", ""));
		}
		catch (TargetAddresses.RefusedAddressException ex) {
			return failure(headers, started, at, "Refused: the URL's host now " + TargetAddresses.PRIVATE
					+ "; nothing was sent");
		}
		catch (UnknownHostException ex) {
			return failure(headers, started, at, "The receiver's host name does not resolve");
		}
		catch (ConnectTimeoutException ex) {
			return failure(headers, started, at, "Could not connect to the receiver within " + connectTimeout.toSeconds() + " s");
		}
		catch (SocketTimeoutException ex) {
			return failure(headers, started, at, "The receiver did not answer within " + readTimeout.toSeconds() + " s");
		}
		catch (ConnectException ex) {
			return failure(headers, started, at, "Could not connect to the receiver");
		}
		catch (SSLException ex) {
			return failure(headers, started, at, "The TLS handshake with the receiver failed (is its certificate valid "
					+ "for its host name?)");
		}
		catch (IOException | IllegalArgumentException ex) {
			return failure(headers, started, at, "The request failed: " + ex.getClass().getSimpleName());
		}
	}

	/** The answer is read: a failure to release its connection changes nothing about the attempt. */
	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException ignored) {
			// The connection is discarded either way.
		}
	}

	@Override
	public void close() {
		client.close(CloseMode.GRACEFUL);
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

	/**
	 * The answer's first 2 KB. A longer body is cut off, not read to its end: the request is cancelled, which closes
	 * the connection instead of draining whatever a receiver keeps sending.
	 */
	private static String firstBytes(HttpPost request, @Nullable HttpEntity entity) throws IOException {
		if (entity == null) {
			return "";
		}
		InputStream body = entity.getContent();
		byte[] first = body.readNBytes(KEPT_BODY);
		if (first.length == KEPT_BODY && body.read() != -1) {
			request.cancel();
		}
		String text = new String(first, StandardCharsets.UTF_8);
		// A multi-byte character cut at the limit decodes to more bytes than it had: keep within 2 KB.
		while (text.getBytes(StandardCharsets.UTF_8).length > KEPT_BODY || text.length() > KEPT_BODY) {
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}

	private static @Nullable Duration retryAfter(ClassicHttpResponse response) {
		Header header = response.getFirstHeader("Retry-After");
		if (header == null || header.getValue() == null) {
			return null;
		}
		String value = header.getValue().strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException ex) {
			try {
				Instant when = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(value, Instant::from);
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
