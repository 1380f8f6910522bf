package com.growthhub.integrations;

import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * One WireMock Google Business Profile (reviews, accounts and OAuth token endpoints) for the test JVM, on a free
 * loopback port (every context's job system may run any context's sync run, so all must call the same one); tests stub
 * accounts of their own from {@link #nextAccount()}.
 */
public final class SharedGoogleBusinessStub {

	private static final AtomicLong ACCOUNTS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000);

	private static WireMockServer server;

	private SharedGoogleBusinessStub() {
	}

	public static synchronized WireMockServer get() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}

	public static long nextAccount() {
		return ACCOUNTS.incrementAndGet();
	}
}
