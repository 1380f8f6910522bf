package com.growthhub.messaging.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Mailgun (key and domain) or an SMTP host is configured. */
class MailTransportConfigured implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		boolean mailgun = StringUtils.hasText(environment.getProperty("growthhub.mailgun.api-key"))
				&& StringUtils.hasText(environment.getProperty("growthhub.mailgun.domain"));
		return mailgun || StringUtils.hasText(environment.getProperty("spring.mail.host"));
	}
}
