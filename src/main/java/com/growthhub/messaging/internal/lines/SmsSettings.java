package com.growthhub.messaging.internal.lines;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * A Twilio-compatible SMS provider ({@code GROWTHHUB_SMS_BASE_URL}, {@code _ACCOUNT_SID}, {@code _AUTH_TOKEN}). With
 * an account and a token, new lines buy their number there and texts are sent through it; without, an admin confirms
 * lines by hand and texts wait in the outbox.
 */
@ConfigurationProperties("growthhub.sms")
public record SmsSettings(@DefaultValue("https://api.twilio.com") String baseUrl, @Nullable String accountSid,
		@Nullable String authToken) {

	public boolean configured() {
		return StringUtils.hasText(accountSid) && StringUtils.hasText(authToken);
	}
}
