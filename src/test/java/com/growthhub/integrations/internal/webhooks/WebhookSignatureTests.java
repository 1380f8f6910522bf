package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** Signatures as the Standard Webhooks specification computes them, and secrets of its shape. */
class WebhookSignatureTests {

	@Test
	void signsTheSpecificationsExampleAsItSays() {
		// The example of the Standard Webhooks specification (and Svix's libraries' tests).
		assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
				1614265330, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void newSecretsAreWhsecAndThirtyTwoRandomBytes() {
		String one = WebhookSignature.newSecret();
		assertThat(one).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(one.substring(6))).hasSize(32);
		assertThat(WebhookSignature.newSecret()).isNotEqualTo(one);
	}
}
