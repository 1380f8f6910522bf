package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard refuses every address inside a network, on save and again when a delivery is sent. */
class TargetAddressesTests {

	private final TargetAddresses guard = new TargetAddresses(false);

	@ParameterizedTest
	@ValueSource(strings = { "https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/", "https://172.16.5.4/",
			"https://192.168.1.1/", "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/", "https://0.0.0.0/",
			"https://[::1]/", "https://[fc00::1]/", "https://[fd12:3456::1]/", "https://[fe80::1]/", "https://224.0.0.1/",
			"https://[ff02::1]/", "https://[::ffff:10.0.0.1]/" })
	void refusesPrivateLoopbackLinkLocalAndMulticastAddresses(String url) {
		assertThatThrownBy(() -> guard.check(url)).isInstanceOf(WebhookInputException.class)
			.hasMessageContaining("private, loopback or link-local");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://93.184.215.14/hook", "ftp://93.184.215.14/", "https:///nohost", "https://u:p@93.184.215.14/" })
	void refusesPlainHttpOtherSchemesAndCredentials(String url) {
		assertThatThrownBy(() -> guard.check(url)).isInstanceOf(WebhookInputException.class);
	}

	@Test
	void acceptsAPublicHttpsAddressAndPrivateOnesWhenTheInstallationAllowsThem() {
		assertThatCode(() -> guard.check("https://93.184.215.14/hook")).doesNotThrowAnyException();
		assertThatCode(() -> new TargetAddresses(true).check("http://127.0.0.1:8080/hook")).doesNotThrowAnyException();
	}

	@Test
	void aDeliveryToAnAddressThatBecamePrivateIsRefusedWithoutBeingSent() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.answers("/hook", 200);
			WebhookSettings settings = new WebhookSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(10),
					Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofDays(3), 100, Duration.ofDays(1),
					Duration.ofSeconds(1), 100, 32, Duration.ofDays(30));
			WebhookSender sender = new WebhookSender(guard, settings);
			WebhookSender.Outcome outcome = sender.send(receiver.url("/hook"), "msg_1", WebhookSignature.newSecret(), "{}");
			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.attempt().error()).startsWith("Refused");
			assertThat(receiver.received("/hook")).isEmpty();
		}
	}
}
