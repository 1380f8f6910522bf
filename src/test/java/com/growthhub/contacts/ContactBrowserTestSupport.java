package com.growthhub.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.BrowserTestSupport;
import com.growthhub.identity.ApiClient;
import com.growthhub.messaging.TestMailbox;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Browser tests about contacts: the account is made through the API, the sign-in goes through the pages. */
abstract class ContactBrowserTestSupport extends BrowserTestSupport {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenantTransactions transactions;

	void registerVerified(String email) {
		ApiClient api = new ApiClient(port);
		assertThat(api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "firstName", "Sam",
				"lastName", "Seller", "organizationName", "Seller Co " + email.hashCode()), null).status())
			.isEqualTo(201);
		String code = mailbox().latestCode(email, "verify-email");
		assertThat(api.post("/api/v1/auth/verify-email", Map.of("email", email, "code", code), null).status())
			.isEqualTo(200);
	}

	void signIn(String email) {
		open("/login");
		type(By.id("email"), email);
		type(By.id("password"), PASSWORD);
		click(By.cssSelector("form[action='/login'] button[type=submit]"));
		waitForPath("/login/verify");
		type(By.id("code"), mailbox().latestCode(email, "sign-in-code"));
		click(By.cssSelector("form[action='/login/verify'] button[type=submit]"));
		waitForPath("/");
	}

	TestMailbox mailbox() {
		return new TestMailbox(jdbc, transactions);
	}
}
