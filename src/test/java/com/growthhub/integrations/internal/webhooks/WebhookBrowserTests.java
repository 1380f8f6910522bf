package com.growthhub.integrations.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.IdentityTestSupport;

/**
 * An owner adds a webhook in Settings, copies its secret (shown once), sends a test event and sees it delivered in the
 * log; the receiver can verify the signature with that secret. Headless Chromium, the real job system.
 */
class WebhookBrowserTests extends BrowserTestSupport {

	@Test
	void anOwnerAddsAWebhookSeesItsSecretOnceAndATestDeliveryInTheLog() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			receiver.answers("/crm", 200);
			String email = IdentityTestSupport.uniqueEmail("webhook-browser");
			registerVerified(email);
			signIn(email);
			open("/settings/profile");
			click(By.cssSelector("nav.settings-nav a[href$='/settings/webhooks']"));
			assertThat(textOf(By.cssSelector("main"))).contains("No webhooks yet");

			click(By.cssSelector("[data-testid=new-webhook]"));
			type(By.id("url"), "ftp://example.com/hook");
			click(By.cssSelector("[data-testid=webhook-form] button[type=submit]"));
			assertThat(textOf(By.cssSelector("#url ~ .invalid-feedback"))).contains("must start with");

			type(By.id("url"), receiver.url("/crm"));
			type(By.id("description"), "Our CRM mirror");
			click(By.id("allEvents"));
			click(By.id("event-contact_created"));
			click(By.cssSelector("[data-testid=webhook-form] button[type=submit]"));

			String secret = textOf(By.cssSelector("#webhook-secret-value"));
			assertThat(secret).startsWith("whsec_");
			assertThat(textOf(By.cssSelector("[data-testid=secret-hint]"))).endsWith(secret.substring(secret.length() - 4));

			click(By.cssSelector("[data-testid=send-test]"));
			waiting().until(driver -> {
				driver.findElement(By.cssSelector("[data-testid=refresh-log]")).click();
				return driver.findElement(By.cssSelector("[data-testid=delivery-row] [data-testid=delivery-status]")).getText()
					.equals("Delivered");
			});
			assertThat(textOf(By.cssSelector("[data-testid=delivery-row] [data-testid=delivery-response]"))).contains("200");
			assertThat(textOf(By.cssSelector("[data-testid=delivery-row] code"))).isEqualTo("webhook.test");
			assertThat(browser.getCurrentUrl()).matches(".*/settings/webhooks/[0-9a-f-]{36}$");
			assertThat(browser.getPageSource()).as("the secret is not shown again").doesNotContain(secret);
			assertThat(WebhookReceiver.signedWith(secret, receiver.received("/crm").getFirst())).isTrue();

			open("/settings/webhooks");
			assertThat(textOf(By.cssSelector("[data-testid=webhook-row]"))).contains(receiver.url("/crm"), "Our CRM mirror",
					"1 event", "Enabled", "Delivered");
		}
	}
}
