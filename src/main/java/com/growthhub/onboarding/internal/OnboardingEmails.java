package com.growthhub.onboarding.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.PlatformSettings;

/**
 * The client's onboarding emails, from the agency's versions of the templates {@code onboarding-invite},
 * {@code onboarding-reminder} and {@code onboarding-complete}. The link is the email's secret: the email log shows it
 * masked, and it is never rewritten for click tracking. Call inside the agency's transaction.
 */
@Component
class OnboardingEmails {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Outbox outbox;
	private final PlatformSettings platform;

	OnboardingEmails(Outbox outbox, PlatformSettings platform) {
		this.outbox = outbox;
		this.platform = platform;
	}

	void invite(OnboardingProfile profile, OnboardingTokens.Issued link) {
		send(profile, "onboarding-invite", "Welcome aboard: let's set up " + profile.accountName(), link);
	}

	void remind(OnboardingProfile profile, OnboardingTokens.Issued link) {
		send(profile, "onboarding-reminder", "Your onboarding link expires soon", link);
	}

	void completed(OnboardingProfile profile) {
		outbox.enqueue(new EmailRequest(profile.agency(), profile.clientUserId(), profile.contactEmail(),
				"onboarding-complete", "Your onboarding is complete", Map.of("contactName", profile.contactName(),
						"accountName", profile.accountName(), "link", platform.baseUrl() + "/"),
				null));
	}

	private void send(OnboardingProfile profile, String template, String subject, OnboardingTokens.Issued link) {
		String url = platform.baseUrl() + "/onboarding/" + link.token();
		outbox.enqueue(new EmailRequest(profile.agency(), profile.clientUserId(), profile.contactEmail(), template, subject,
				Map.of("contactName", profile.contactName(), "accountName", profile.accountName(), "link", url, "expiresAt", DAY.format(link.expiresAt())),
				link.token()));
	}
}
