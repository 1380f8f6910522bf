package com.growthhub.messaging.internal.templates;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.OrganizationId;

/**
 * Every email the product sends, per organization: its own version when an admin wrote one, else the shipped
 * default. Values are escaped into the HTML, the result is sanitized ({@link MailHtmlPolicy}) every time, so what an
 * admin saved can never put a script into a mail, and the plain-text part is rendered from its own text.
 */
@Component
public class EmailTemplates {

	static final int MAX_SUBJECT = 300;

	private final JdbcClient jdbc;

	private final TenantTransactions transactions;

	private final DefaultEmailTemplates defaults;

	EmailTemplates(JdbcClient jdbc, TenantTransactions transactions, DefaultEmailTemplates defaults) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.defaults = defaults;
	}

	/** Renders for sending; joins the caller's transaction (the outbox's), whose scope may read the template. */
	public RenderedEmail render(@Nullable OrganizationId organization, String key, Map<String, ?> values) {
		EmailTemplateDefault shipped = shipped(key);
		EmailTemplateSource source = organization == null ? EmailTemplateSource.of(shipped)
				: stored(organization, key).orElse(EmailTemplateSource.of(shipped));
		return render(source, values);
	}

	public EmailTemplateSource source(OrganizationId organization, Actor actor, String key) {
		EmailTemplateDefault shipped = shipped(key);
		return transactions.call(organization, actor,
				() -> stored(organization, key).orElse(EmailTemplateSource.of(shipped)));
	}

	public EmailTemplateSource save(OrganizationId organization, Actor actor, String key, String subject, String html,
			String text) {
		EmailTemplateDefault shipped = shipped(key);
		check(subject, html, text, shipped);
		transactions.run(organization, actor, () -> jdbc.sql("""
				insert into email_templates (organization_id, template_key, subject, body_html, body_text, updated_by)
				values (:org, :key, :subject, :html, :text, :by)
				on conflict (organization_id, template_key) do update set subject = excluded.subject,
				  body_html = excluded.body_html, body_text = excluded.body_text, updated_at = now(),
				  updated_by = excluded.updated_by
				""")
			.param("org", organization.value())
			.param("key", key)
			.param("subject", subject.strip())
			.param("html", html)
			.param("text", text)
			.param("by", actor.userId())
			.update());
		return source(organization, actor, key);
	}

	/** Back to the shipped default. */
	public EmailTemplateSource reset(OrganizationId organization, Actor actor, String key) {
		EmailTemplateDefault shipped = shipped(key);
		transactions.run(organization, actor, () -> jdbc.sql(
				"delete from email_templates where organization_id = ? and template_key = ?")
			.params(organization.value(), key)
			.update());
		return EmailTemplateSource.of(shipped);
	}

	/**
	 * The email as it would be sent with the sample values (overridden by {@code values}), from a draft when one is
	 * given or else from what is saved.
	 */
	public RenderedEmail preview(OrganizationId organization, Actor actor, String key, @Nullable Draft draft,
			Map<String, String> values) {
		EmailTemplateDefault shipped = shipped(key);
		Map<String, Object> merged = new HashMap<>(shipped.samples());
		merged.putAll(values);
		if (draft != null) {
			check(draft.subject(), draft.html(), draft.text(), shipped);
			return render(new EmailTemplateSource(key, draft.subject(), draft.html(), draft.text(), true, null), merged);
		}
		return render(source(organization, actor, key), merged);
	}

	/** A template being edited, not yet saved. */
	public record Draft(String subject, String html, String text) {
	}

	private RenderedEmail render(EmailTemplateSource source, Map<String, ?> values) {
		String subject = TemplateText.parse(source.subject()).render(values, s -> s).replaceAll("[\\r\\n]+", " ").strip();
		String content = TemplateText.parse(source.html()).render(values, HtmlUtils::htmlEscape);
		String text = TemplateText.parse(source.text()).render(values, s -> s).strip();
		return new RenderedEmail(subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject,
				MailLayout.wrap(MailHtmlPolicy.sanitize(content)), text);
	}

	private void check(String subject, String html, String text, EmailTemplateDefault shipped) {
		if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n")) {
			throw InvalidEmailTemplateException.because("the subject must be one line of 1 to 300 characters");
		}
		if (html.isBlank()) {
			throw InvalidEmailTemplateException.because("the HTML body must not be empty");
		}
		if (html.length() > 100_000 || text.length() > 50_000) {
			throw InvalidEmailTemplateException.because("the HTML body may have 100,000 characters, the text 50,000");
		}
		for (String part : new String[] { subject, html, text }) {
			for (String name : TemplateText.parse(part).names()) {
				if (!shipped.samples().containsKey(name)) {
					throw InvalidEmailTemplateException.because("{{" + name + "}} is not a variable of this email; it has "
							+ String.join(", ", shipped.samples().keySet()));
				}
			}
		}
	}

	private EmailTemplateDefault shipped(String key) {
		return defaults.find(key).orElseThrow(() -> NotFoundException.of("Email template"));
	}

	private Optional<EmailTemplateSource> stored(OrganizationId organization, String key) {
		return jdbc.sql("""
				select template_key, subject, body_html, body_text, updated_at from email_templates
				where organization_id = ? and template_key = ?
				""")
			.params(organization.value(), key)
			.query((rs, n) -> new EmailTemplateSource(rs.getString("template_key"), rs.getString("subject"),
					rs.getString("body_html"), rs.getString("body_text"), true,
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}
}
