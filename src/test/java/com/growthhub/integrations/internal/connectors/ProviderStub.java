package com.growthhub.integrations.internal.connectors;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.growthhub.integrations.internal.providerhttp.ProviderClients;
import com.growthhub.integrations.internal.providerhttp.ProviderHttpSettings;
import com.growthhub.integrations.internal.providerhttp.ProviderRateLimiter;

/**
 * A provider played by WireMock on loopback, and the provider HTTP beans pointed at it with short backoffs, so
 * connector tests run without Spring and without waiting long.
 */
public final class ProviderStub implements AutoCloseable {

	public final WireMockServer server = new WireMockServer(options().dynamicPort());

	public final ProviderRateLimiter limiter = new ProviderRateLimiter();

	public final ProviderClients clients;

	public ProviderStub() {
		this.server.start();
		this.clients = new ProviderClients(this.limiter, new ProviderHttpSettings(Duration.ofSeconds(2),
				Duration.ofSeconds(5), 3, Duration.ofMillis(20), Duration.ofSeconds(5)));
	}

	public String baseUrl() {
		return this.server.baseUrl();
	}

	public static ProviderCredentials token(String accessToken) {
		return new ProviderCredentials(accessToken, null, Map.of());
	}

	/** When WireMock received each request, in milliseconds, oldest first. */
	public List<Long> requestTimes() {
		return this.server.getAllServeEvents()
			.stream()
			.map(ServeEvent::getRequest)
			.map(request -> request.getLoggedDate().getTime())
			.sorted(Comparator.naturalOrder())
			.toList();
	}

	@Override
	public void close() {
		this.server.stop();
	}
}
