package com.growthhub.integrations.internal.providerhttp;

import java.net.http.HttpClient;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Makes the {@link ProviderClient} of each connector, with the installation's timeouts and the shared buckets. */
@Component
public class ProviderClients {

	private final ProviderRateLimiter limiter;

	private final ProviderHttpSettings settings;

	public ProviderClients(ProviderRateLimiter limiter, ProviderHttpSettings settings) {
		this.limiter = limiter;
		this.settings = settings;
	}

	public ProviderClient client(String providerName, String baseUrl) {
		return client(providerName, baseUrl, AnswerCheck.NONE);
	}

	public ProviderClient client(String providerName, String baseUrl, AnswerCheck check) {
		return new ProviderClient(providerName, RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory()).build(),
				this.limiter, this.settings, check);
	}

	/** A client for a provider whose host differs per account (Salesforce's instance URL): calls give full URIs. */
	public ProviderClient client(String providerName, AnswerCheck check) {
		return new ProviderClient(providerName, RestClient.builder().requestFactory(requestFactory()).build(), this.limiter,
				this.settings, check);
	}

	public ProviderHttpSettings settings() {
		return this.settings;
	}

	private JdkClientHttpRequestFactory requestFactory() {
		// HTTP/1.1: the JDK's cleartext HTTP/2 upgrade breaks on request bodies with some servers, and a sync run's
		// calls are sequential, so HTTP/2's multiplexing would buy nothing.
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.settings.connectTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(this.settings.readTimeout());
		return factory;
	}
}
