package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ServerAddressTests {

	@Test
	void theConfiguredBaseUrlWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("growthhub.base-url", "https://crm.example.com/")
			.withProperty("server.port", "0");
		assertThat(new ServerAddress(environment).baseUrl()).isEqualTo("https://crm.example.com");
	}

	@Test
	void withoutOneItIsThisMachineOnTheConfiguredPortUntilTheServerListens() {
		assertThat(new ServerAddress(new MockEnvironment().withProperty("server.port", "9090")).baseUrl())
			.isEqualTo("http://localhost:9090");
	}
}
