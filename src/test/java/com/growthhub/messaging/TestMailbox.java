package com.growthhub.messaging;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Reads what the outbox holds for an address, the way a person reads their inbox. */
public final class TestMailbox {

	private static final Pattern CODE = Pattern.compile("data-code[^>]*>(\\d{6})<");
	private static final Pattern LINK = Pattern.compile("data-link[^>]*href=\"([^\"]+)\"");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	public TestMailbox(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public Optional<String> latestBody(String to, String template) {
		return transactions.call(TenantScope.system(new Actor.Job("test-mailbox")), () -> jdbc.sql("""
				select body_html from email_messages where to_address = ? and template = ?
				order by created_at desc, id desc limit 1
				""").params(to.toLowerCase(), template).query(String.class).optional());
	}

	public String latestCode(String to, String template) {
		return extract(CODE, awaitBody(to, template));
	}

	public String latestLink(String to, String template) {
		return extract(LINK, awaitBody(to, template));
	}

	/**
	 * The latest mail's link that contains {@code part}, as written by its sender: tracked mail shows click redirects
	 * in its body and keeps the links it leads to beside it.
	 */
	public String latestLink(String to, String template, String part) {
		awaitBody(to, template);
		return transactions.call(TenantScope.system(new Actor.Job("test-mailbox")), () -> jdbc.sql("""
				select link from (select links from email_messages where to_address = ? and template = ?
				  order by created_at desc, id desc limit 1) m, unnest(m.links) link
				where strpos(link, ?) > 0 limit 1
				""").params(to.toLowerCase(), template, part).query(String.class).optional())
			.orElseGet(() -> latestLink(to, template));
	}

	/** Some mails are written after the answer (a reset link, so known addresses answer as fast as unknown ones). */
	private String awaitBody(String to, String template) {
		try {
			return Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> latestBody(to, template), Optional::isPresent)
				.orElseThrow();
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No " + template + " mail to " + to);
		}
	}

	public int count(String to, String template) {
		return transactions.call(TenantScope.system(new Actor.Job("test-mailbox")),
				() -> jdbc.sql("select count(*) from email_messages where to_address = ? and template = ?")
					.params(to.toLowerCase(), template)
					.query(Integer.class)
					.single());
	}

	private static String extract(Pattern pattern, String body) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new AssertionError("Nothing matching " + pattern + " in " + body);
		}
		return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
	}
}
