package com.growthhub.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.growthhub.messaging.internal.templates.EmailTemplates;
import com.growthhub.messaging.internal.templates.RenderedEmail;
import com.growthhub.shared.Ids;

/**
 * Queues emails. Call it inside the transaction that causes the message: the message is sent if
 * and only if that transaction commits.
 */
@Service
public class Outbox {

	static final String MASK = "••••••";

	private final JdbcClient jdbc;
	private final EmailTemplates templates;

	Outbox(JdbcClient jdbc, EmailTemplates templates) {
		this.jdbc = jdbc;
		this.templates = templates;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(EmailRequest request) {
		RenderedEmail email = render(request, request.model());
		String masked = request.secret() == null ? email.html() : render(request, maskedModel(request)).html();
		UUID id = Ids.next();
		jdbc.sql("""
				insert into email_messages (id, organization_id, recipient_user_id, to_address, subject, template,
				  body_html, masked_body_html, body_text, contains_secret)
				values (:id, :org, :recipient, :to, :subject, :template, :body, :masked, :text, :secret)
				""")
			.param("id", id)
			.param("org", request.organizationId() == null ? null : request.organizationId().value())
			.param("recipient", request.recipientUserId())
			.param("to", request.to())
			.param("subject", email.subject())
			.param("template", request.template())
			.param("body", email.html())
			.param("masked", masked)
			.param("text", email.text())
			.param("secret", request.secret() != null)
			.update();
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
