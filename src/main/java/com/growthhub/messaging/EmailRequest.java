package com.growthhub.messaging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * An email to render from the organization's version of the template {@code template}, or the shipped default
 * ({@code messaging/email-templates/<template>.html} and {@code .txt}, listed in their {@code catalog.properties}).
 *
 * @param secret a one-time code or link inside the message; shown masked to other people browsing the log
 * @param attachments files sent with it, in order (a calendar invitation, say)
 */
public record EmailRequest(@Nullable OrganizationId organizationId, @Nullable UUID recipientUserId, String to,
		String template, String subject, Map<String, Object> model, @Nullable String secret,
		List<Attachment> attachments, @Nullable UUID contactId) {

	public EmailRequest {
		attachments = List.copyOf(attachments);
	}

	/** An email with attachments, to no particular contact. */
	public EmailRequest(@Nullable OrganizationId organizationId, @Nullable UUID recipientUserId, String to, String template,
			String subject, Map<String, Object> model, @Nullable String secret, List<Attachment> attachments) {
		this(organizationId, recipientUserId, to, template, subject, model, secret, attachments, null);
	}

	/** The same email, to a contact: it is listed with the contact ({@code GET /api/v1/emails?contactId=}). */
	public EmailRequest toContact(UUID contact) {
		return new EmailRequest(organizationId, recipientUserId, to, template, subject, model, secret, attachments, contact);
	}

	/** An email without attachments. */
	public EmailRequest(@Nullable OrganizationId organizationId, @Nullable UUID recipientUserId, String to, String template,
			String subject, Map<String, Object> model, @Nullable String secret) {
		this(organizationId, recipientUserId, to, template, subject, model, secret, List.of(), null);
	}

	/**
	 * A file sent with an email.
	 *
	 * @param contentType the full MIME type with its parameters, e.g. {@code text/calendar; method=REQUEST; charset=UTF-8}
	 */
	public record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(filename, "filename");
			Objects.requireNonNull(contentType, "contentType");
			content = content.clone();
		}

		@Override
		public byte[] content() {
			return content.clone();
		}
	}
}
