package com.growthhub.integrations.internal.webhooks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The SSRF guard holds for the address actually connected to: a name that answers a public address when checked and
 * loopback when connected to (DNS rebinding) is refused, nothing is sent, and the attempt says why. Connections go to
 * the addresses the checked lookup answered, and a long answer is cut at 2 KB without being read to its end.
 */
class WebhookDnsRebindingTests {

	private static final WebhookSettings SETTINGS = new WebhookSettings(false, Duration.ofSeconds(2), Duration.ofSeconds(5),
			Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofDays(3), 100, Duration.ofDays(1), Duration.ofSeconds(1),
			100, 4, Duration.ofDays(30));

	private final WebhookReceiver receiver = new WebhookReceiver();

	/** The lookups asked for, in order. */
	private final List<String> asked = new CopyOnWriteArrayList<>();

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void aNameThatTurnsToLoopbackAfterTheCheckIsRefusedAtTheConnectionAndNothingIsSent() throws UnknownHostException {
		receiver.answers("/hook", 200);
		InetAddress publicAddress = InetAddress.getByAddress("hooks.example.com", new byte[] { (byte) 203, 0, 113, 10 });
		InetAddress loopback = InetAddress.getByAddress("hooks.example.com", new byte[] { 127, 0, 0, 1 });
		TargetAddresses guard = new TargetAddresses(false, host -> {
			asked.add(host);
			return new InetAddress[] { asked.size() == 1 ? publicAddress : loopback };
		});
		String url = "https://hooks.example.com:" + receiver.server().port() + "/hook";

		// Saving the subscription: the name answers a public address.
		assertThatCode(() -> guard.check(url)).doesNotThrowAnyException();
		// Delivering: the same name now answers loopback, where the receiver listens.
		try (WebhookSender sender = new WebhookSender(guard, SETTINGS)) {
			WebhookSender.Outcome outcome = sender.send(url, "msg_rebind", WebhookSignature.newSecret(), "{\"type\":\"test\"}");

			assertThat(outcome.delivered()).isFalse();
			assertThat(outcome.attempt().responseStatus()).isNull();
			assertThat(outcome.attempt().error()).isEqualTo("Refused: the URL's host now points at a private, loopback or "
					+ "link-local address, which webhooks may not reach; nothing was sent");
		}
		assertThat(asked).containsExactly("hooks.example.com", "hooks.example.com");
		assertThat(receiver.server().getAllServeEvents()).isEmpty();
	}

	@Test
	void theConnectionGoesToTheAddressTheCheckedLookupAnswered() throws UnknownHostException {
		receiver.answers("/hook", 204);
		InetAddress loopback = InetAddress.getByAddress("receiver.example.test", new byte[] { 127, 0, 0, 1 });
		TargetAddresses guard = new TargetAddresses(true, host -> {
			asked.add(host);
			return new InetAddress[] { loopback };
		});
		String url = "http://receiver.example.test:" + receiver.server().port() + "/hook";

		try (WebhookSender sender = new WebhookSender(guard, SETTINGS)) {
			WebhookSender.Outcome outcome = sender.send(url, "msg_pinned", WebhookSignature.newSecret(), "{\"type\":\"test\"}");

			assertThat(outcome.delivered()).isTrue();
			assertThat(outcome.attempt().responseStatus()).isEqualTo(204);
		}
		assertThat(asked).containsExactly("receiver.example.test");
		LoggedRequest received = receiver.received("/hook").getFirst();
		assertThat(received.getHeader("Host")).isEqualTo("receiver.example.test:" + receiver.server().port());
		assertThat(received.getHeader("Content-Type")).isEqualTo("application/json");
		assertThat(received.getHeader("User-Agent")).isEqualTo("GrowthHub-Webhooks/1");
		assertThat(received.getHeader("webhook-id")).isEqualTo("msg_pinned");
		assertThat(received.getBodyAsString()).isEqualTo("{\"type\":\"test\"}");
	}

	@Test
	void connectionsGoBackToThePoolAfterEachAnswer() {
		receiver.answers("/ok", 200);
		receiver.server().stubFor(post(urlEqualTo("/empty")).willReturn(aResponse().withStatus(204)));
		try (WebhookSender sender = new WebhookSender(new TargetAddresses(true), SETTINGS)) {
			for (int i = 0; i < 3 * SETTINGS.concurrency(); i++) {
				WebhookSender.Outcome outcome = sender.send(receiver.url(i % 2 == 0 ? "/ok" : "/empty"), "msg_" + i,
						WebhookSignature.newSecret(), "{}");
				assertThat(outcome.attempt().error()).isNull();
				assertThat(outcome.delivered()).isTrue();
			}
		}
	}

	@Test
	void aLongAnswerIsCutAt2KbAndTheNextDeliveryStillGoesOut() throws UnknownHostException {
		receiver.server().stubFor(post(urlEqualTo("/long")).willReturn(aResponse().withStatus(200).withBody("é".repeat(50_000))));
		receiver.answers("/short", 200);
		TargetAddresses guard = new TargetAddresses(true);

		try (WebhookSender sender = new WebhookSender(guard, SETTINGS)) {
			WebhookSender.Outcome longAnswer = sender.send(receiver.url("/long"), "msg_long", WebhookSignature.newSecret(), "{}");
			WebhookSender.Outcome next = sender.send(receiver.url("/short"), "msg_next", WebhookSignature.newSecret(), "{}");

			assertThat(longAnswer.delivered()).isTrue();
			assertThat(longAnswer.attempt().responseBody()).hasSize(1024).isEqualTo("é".repeat(1024));
			assertThat(next.delivered()).isTrue();
			assertThat(next.attempt().responseBody()).isEqualTo("{\"ok\":true}");
		}
	}
}
