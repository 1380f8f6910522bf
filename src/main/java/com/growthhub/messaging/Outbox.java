package com.growthhub.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.messaging.internal.delivery.MailgunSettings;
import com.growthhub.messaging.internal.templates.DefaultEmailTemplates;
import com.growthhub.messaging.internal.templates.EmailTemplates;
import com.growthhub.messaging.internal.tracking.EmailStatusEvents;
import com.growthhub.messaging.internal.tracking.Suppressions;
import com.growthhub.messaging.internal.tracking.TrackedHtml;
import com.growthhub.messaging.internal.tracking.TrackingTokens;
import com.growthhub.platform.PlatformSettings;
import com.growthhub.shared.OrganizationId;
import com.growthhub.messaging.internal.templates.RenderedEmail;
import com.growthhub.shared.Ids;

/**
 * Queues emails. Call it inside the transaction that causes the message: the message is sent if
 * and only if that transaction commits. Mail to an address the organization blocked (it bounced or complained) is
 * kept as suppressed instead, unless it is security mail; other organization mail gets open and click tracking.
 */
@Service
public class Outbox {

	static final String MASK = "••••••";

	private final JdbcClient jdbc;
	private final EmailTemplates templates;
	private final DefaultEmailTemplates defaults;
	private final Suppressions suppressions;
	private final TrackingTokens tokens;
	private final MailgunSettings mailgun;
	private final PlatformSettings platform;
	private final EmailStatusEvents statusEvents;

	Outbox(JdbcClient jdbc, EmailTemplates templates, DefaultEmailTemplates defaults, Suppressions suppressions,
			TrackingTokens tokens, MailgunSettings mailgun, PlatformSettings platform, EmailStatusEvents statusEvents) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.defaults = defaults;
		this.suppressions = suppressions;
		this.tokens = tokens;
		this.mailgun = mailgun;
		this.platform = platform;
		this.statusEvents = statusEvents;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(EmailRequest request) {
		return insert(request, null);
	}

	/** An email that leaves from {@code from} (a line's address) instead of the installation's sender. */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(EmailRequest request, String from) {
		return insert(request, from);
	}

	private UUID insert(EmailRequest request, @org.jspecify.annotations.Nullable String from) {
		RenderedEmail email = render(request, request.model());
		String masked = request.secret() == null ? email.html() : render(request, maskedModel(request)).html();
		UUID id = Ids.next();
		boolean security = defaults.isSecurity(request.template());
		OrganizationId organization = request.organizationId();
		boolean suppressed = !security && organization != null && suppressions.isSuppressed(organization, request.to());
		// Security mail and mail carrying a secret are never tracked: their links must reach the person unchanged.
		boolean tracked = !security && request.secret() == null && organization != null && !suppressed;
		String body = email.html();
		List<String> links = List.of();
		if (tracked && !mailgun.configured()) {
			TrackedHtml.Result rewritten = TrackedHtml.of(body, id, platform.baseUrl(), tokens);
			body = rewritten.html();
			masked = body;
			links = rewritten.links();
		}
		jdbc.sql("""
				insert into email_messages (id, organization_id, recipient_user_id, to_address, subject, template,
				  body_html, masked_body_html, body_text, contains_secret, contact_id, tracked, links, status, last_error,
				  status_changed_at, from_address)
				values (:id, :org, :recipient, :to, :subject, :template, :body, :masked, :text, :secret, :contact, :tracked,
				  :links, :status, :error, case when :suppressed then now() end, :from)
				""")
			.param("id", id)
			.param("org", request.organizationId() == null ? null : request.organizationId().value())
			.param("recipient", request.recipientUserId())
			.param("to", request.to())
			.param("subject", email.subject())
			.param("template", request.template())
			.param("body", body)
			.param("masked", masked)
			.param("text", email.text())
			.param("contact", request.contactId())
			.param("tracked", tracked)
			.param("links", links.toArray(String[]::new))
			.param("status", suppressed ? "SUPPRESSED" : "PENDING")
			.param("error", suppressed ? "Not sent: the address bounced or marked an email as spam before" : null)
			.param("suppressed", suppressed)
			.param("secret", request.secret() != null)
			.param("from", from)
			.update();
		statusEvents.changed(id);
		for (int i = 0; i < request.attachments().size(); i++) {
			EmailRequest.Attachment attachment = request.attachments().get(i);
			jdbc.sql("""
					insert into email_attachments (id, message_id, organization_id, position, filename, content_type, content)
					values (?, ?, ?, ?, ?, ?, ?)
					""").params(Ids.next(), id, request.organizationId() == null ? null : request.organizationId().value(), i,
					attachment.filename(), attachment.contentType(), attachment.content()).update();
		}
		return id;
	}

	private Map<String, Object> maskedModel(EmailRequest request) {
		Map<String, Object> model = new HashMap<>();
		request.model().forEach((key, value) -> model.put(key,
				value instanceof String text && request.secret() != null && text.contains(request.secret())
						? text.replace(request.secret(), MASK) : value));
		return model;
	}

	/** The sender's subject is a variable too ({@code {{subject}}}), for emails whose subject the sender composes. */
	private RenderedEmail render(EmailRequest request, Map<String, Object> model) {
		Map<String, Object> values = new HashMap<>(model);
		values.putIfAbsent("subject", request.subject());
		return templates.render(request.organizationId(), request.template(), values);
	}
}
