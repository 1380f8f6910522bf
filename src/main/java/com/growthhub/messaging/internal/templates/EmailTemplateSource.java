package com.growthhub.messaging.internal.templates;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The text an email is rendered from: the organization's own, or the shipped default.
 *
 * @param updatedAt when the organization last changed it; null for the default
 */
public record EmailTemplateSource(String key, String subject, String html, String text, boolean customized,
		@Nullable Instant updatedAt) {

	static EmailTemplateSource of(EmailTemplateDefault shipped) {
		return new EmailTemplateSource(shipped.key(), shipped.subject(), shipped.html(), shipped.text(), false, null);
	}
}
