package com.growthhub.integrations;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/** One WireMock HubSpot for the test JVM, on a free loopback port; tests add the stubs they need. */
public final class SharedHubSpotStub {

	private static WireMockServer server;

	private SharedHubSpotStub() {
	}

	public static synchronized WireMockServer get() {
		if (server == null) {
			server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		}
		return server;
	}
}
