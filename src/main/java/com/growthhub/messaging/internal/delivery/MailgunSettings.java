package com.growthhub.messaging.internal.delivery;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Mailgun's HTTP API ({@code GROWTHHUB_MAILGUN_API_KEY}, {@code _DOMAIN}, {@code _BASE_URL} — {@code
 * https://api.eu.mailgun.net} for EU domains — and {@code _WEBHOOK_SIGNING_KEY} for its tracking webhooks). With a key
 * and a domain it replaces SMTP.
 */
@ConfigurationProperties("growthhub.mailgun")
public record MailgunSettings(@Nullable String apiKey, @Nullable String domain,
		@DefaultValue("https://api.mailgun.net") String baseUrl, @Nullable String webhookSigningKey) {

	public boolean configured() {
		return StringUtils.hasText(apiKey) && StringUtils.hasText(domain);
	}
}
