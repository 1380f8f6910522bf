package com.growthhub.messaging;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.shared.OrganizationId;

/**
 * An email to render from {@code templates/mail/<template>.html}.
 *
 * @param secret a one-time code or link inside the message; shown masked to other people browsing the log
 */
public record EmailRequest(@Nullable OrganizationId organizationId, @Nullable UUID recipientUserId, String to,
		String template, String subject, Map<String, Object> model, @Nullable String secret) {
}
