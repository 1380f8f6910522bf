package com.growthhub.messaging;

import static com.growthhub.identity.IdentityTestSupport.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import com.growthhub.BrowserTestSupport;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.shared.OrganizationId;

/**
 * A person opens an email (its pixel loads) and clicks its link, as a mail client would with the copy in the
 * mailbox; the admin then sees the open and the click counted on the email's page in Settings › Email log.
 */
class EmailTrackingBrowserTests extends BrowserTestSupport {

	private static final Pattern PIXEL = Pattern.compile("src=\"https?://[^/\"]+(/t/o/[^\"]+)\"");

	private static final Pattern CLICK = Pattern.compile("href=\"https?://[^/\"]+(/t/c/[^\"]+)\"");

	@Autowired
	Outbox outbox;

	@Test
	void anEmailsOpenAndClickAreCounted() {
		String admin = uniqueEmail("tracking-admin");
		registerVerified(admin);
		signIn(admin);
		TenantScope system = TenantScope.system(new Actor.Job("test"));
		UUID organization = transactions.call(system, () -> jdbc.sql("""
				select m.organization_id from memberships m join users u on u.id = m.user_id where u.email = ?
				""").param(admin).query(UUID.class).single());
		String reader = uniqueEmail("tracking-reader");
		String link = "http://localhost:" + port + "/contacts";
		UUID id = transactions.call(TenantScope.organization(OrganizationId.of(organization), new Actor.Job("test")),
				() -> outbox.enqueue(new EmailRequest(OrganizationId.of(organization), null, reader, "notification",
						"Your proposal is ready", Map.of("title", "Your proposal is ready", "body", "Have a look",
								"link", link), null)));

		String copy = mailbox().latestBody(reader, "notification").orElseThrow();
		open(find(PIXEL, copy));
		open(find(CLICK, copy));
		waitForPath("/contacts");

		open("/settings/email-log/" + id);
		waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=open-count]"), "1"));
		assertThat(textOf(By.cssSelector("[data-testid=click-count]"))).isEqualTo("1");
		assertThat(textOf(By.cssSelector(".status-badge"))).isEqualTo("clicked");
	}

	private static String find(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("%s in the email", pattern).isTrue();
		return matcher.group(1);
	}
}
