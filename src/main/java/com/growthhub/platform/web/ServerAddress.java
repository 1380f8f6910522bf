package com.growthhub.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address to tell a person at start-up: {@code GROWTHHUB_BASE_URL} when it is set, otherwise this machine
 * with the port the server really listens on ({@code SERVER_PORT=0} picks a free one), never the configured
 * default.
 */
@Component
public class ServerAddress {

	static final String BASE_URL = "growthhub.base-url";

	private final Environment environment;
	private volatile @Nullable Integer port;

	ServerAddress(Environment environment) {
		this.environment = environment;
	}

	@EventListener
	void on(WebServerInitializedEvent event) {
		// The management server, when it has a port of its own, announces itself in a child context.
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	public String baseUrl() {
		String configured = environment.getProperty(BASE_URL);
		if (configured != null && !configured.isBlank()) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		Integer listening = port;
		return "http://localhost:" + (listening != null ? listening : environment.getProperty("server.port", "8080"));
	}
}
