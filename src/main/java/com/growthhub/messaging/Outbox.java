package com.growthhub.messaging;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.growthhub.shared.Ids;

/**
 * Queues emails. Call it inside the transaction that causes the message: the message is sent if
 * and only if that transaction commits.
 */
@Service
public class Outbox {

	static final String MASK = "••••••";

	private final JdbcClient jdbc;
	private final ITemplateEngine templates;

	Outbox(JdbcClient jdbc, ITemplateEngine templates) {
		this.jdbc = jdbc;
		this.templates = templates;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public UUID enqueue(EmailRequest request) {
		String body = render(request, request.model());
		String masked = request.secret() == null ? body : render(request, maskedModel(request));
		UUID id = Ids.next();
		jdbc.sql("""
				insert into email_messages (id, organization_id, recipient_user_id, to_address, subject, template,
				  body_html, masked_body_html, contains_secret)
				values (:id, :org, :recipient, :to, :subject, :template, :body, :masked, :secret)
				""")
			.param("id", id)
			.param("org", request.organizationId() == null ? null : request.organizationId().value())
			.param("recipient", request.recipientUserId())
			.param("to", request.to())
			.param("subject", request.subject())
			.param("template", request.template())
			.param("body", body)
			.param("masked", masked)
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

	private String render(EmailRequest request, Map<String, Object> model) {
		return templates.process("mail/" + request.template(), new Context(Locale.ENGLISH, model));
	}
}
