package com.growthhub.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.MailServer;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** With a mail server configured, one-time codes in the log are for their recipient's eyes only. */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=9" })
class EmailLogIntegrationTests {

	@Autowired
	EmailLog emailLog;

	@Autowired
	Outbox outbox;

	@Autowired
	TenantTransactions transactions;

	@Autowired
	MailServer mailServer;

	final OrganizationId organization = OrganizationId.of(UUID.randomUUID());
	final UUID recipient = UUID.randomUUID();
	final UUID colleague = UUID.randomUUID();

	@Test
	void showsTheCodeOnlyToItsRecipient() {
		assertThat(mailServer.isConfigured()).isTrue();
		UUID id = transactions.call(TenantScope.user(recipient, organization),
				() -> outbox.enqueue(new EmailRequest(organization, recipient, "ada@example.com", "verify-email",
						"Confirm your email", Map.of("firstName", "Ada", "code", "424242"), "424242")));

		EmailLog.Message own = emailLog.find(organization, new Actor.User(recipient), id).orElseThrow();
		assertThat(own.masked()).isFalse();
		assertThat(own.body()).contains("424242");

		EmailLog.Message others = emailLog.find(organization, new Actor.User(colleague), id).orElseThrow();
		assertThat(others.masked()).isTrue();
		assertThat(others.body()).doesNotContain("424242").contains("••••••");
	}

	@Test
	void hidesOtherOrganizationsMessages() {
		UUID id = transactions.call(TenantScope.user(recipient, organization),
				() -> outbox.enqueue(new EmailRequest(organization, recipient, "ada@example.com", "verify-email",
						"Confirm your email", Map.of("firstName", "Ada", "code", "515151"), "515151")));
		OrganizationId otherOrganization = OrganizationId.of(UUID.randomUUID());
		Actor stranger = new Actor.User(UUID.randomUUID());

		assertThat(emailLog.find(otherOrganization, stranger, id)).isEmpty();
		assertThat(emailLog.find(otherOrganization, stranger, null, 50).items())
			.noneMatch(entry -> entry.id().equals(id));
	}
}
