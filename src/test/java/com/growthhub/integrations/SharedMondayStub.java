package com.growthhub.integrations;

import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock Monday.com GraphQL API for the test JVM, on a free loopback port (every context's job system may run any
 * context's sync run, so all must call the same one); tests stub boards of their own from {@link #nextBoard()}.
 */
public final class SharedMondayStub {

	private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

	/** The Monday app's signing secret the test contexts are configured with, for signing webhook JWTs. */
	public static final String SIGNING_SECRET = "test-monday-signing-secret-0123456789";

	private static WireMockServer server;

	private SharedMondayStub() {
	}

	public static synchronized WireMockServer get() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static long nextBoard() {
		return ACCOUNTS.incrementAndGet();
	}
}
