package com.growthhub.messaging.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.growthhub.identity.ApiClient;
import com.growthhub.identity.IdentityTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/** With an SMTP server configured, the outbox delivers: here a real SMTP server (GreenMail) on loopback. */
class OutboxDeliveryIntegrationTests extends IdentityTestSupport {

	@Autowired
	OutboxDelivery delivery;

	/** Started before the application context, which reads its port. */
	static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		smtp.start();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Test
	void theVerificationCodeArrivesBySmtpAndTheMessageIsMarkedSent() throws Exception {
		String email = uniqueEmail("smtp");
		ApiClient.Response registered = register(email);
		assertThat(registered.status()).isEqualTo(201);

		// Other test contexts share this database and its job queue, so deliver here rather than wait for
		// whichever node's scheduler picks the recurring task. One of them is configured with a mail server that
		// refuses (EmailLogIntegrationTests) and may fail the message first, putting it off for a backoff; and the
		// other contexts' registrations leave hundreds of messages due before it. Make it the first one due each time.
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			makeDue(email);
			delivery.deliverDue();
			return java.util.Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> recipient(m).equals(email));
		});
		MimeMessage message = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> recipient(m).equals(email))
			.findFirst()
			.orElseThrow();
		assertThat(message.getSubject()).isEqualTo("Confirm your email for GrowthHub");
		assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(message)).contains(mailbox().latestCode(email, "verify-email"));

		await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(status(email)));
	}

	private void makeDue(String email) {
		transactions.run(TenantScope.system(new Actor.Job("test")), () -> jdbc.sql("""
				update email_messages set status = 'PENDING', attempts = 0, next_attempt_at = now() - interval '1 day'
				where to_address = ? and status <> 'SENT'
				""").param(email).update());
	}

	private String status(String email) {
		return transactions.call(TenantScope.system(new Actor.Job("test")), () -> jdbc
			.sql("select status from email_messages where to_address = ? order by created_at desc limit 1")
			.param(email)
			.query(String.class)
			.single());
	}

	private static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
