package com.growthhub.integrations.internal.connectors.gohighlevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.identity.IdentityTestSupport;

/** A delivery id is taken once, whichever node asks, and another provider's same id is another delivery. */
class SeenWebhooksIntegrationTests extends IdentityTestSupport {

	@Autowired
	SeenWebhooks seen;

	@Test
	void aDeliveryIdIsFirstOnlyOnce() {
		String id = UUID.randomUUID().toString();

		assertThat(this.seen.firstTime("gohighlevel", id)).isTrue();
		assertThat(this.seen.firstTime("gohighlevel", id)).isFalse();
		assertThat(this.seen.firstTime("hubspot", id)).isTrue();
	}
}
