package com.growthhub.messaging.internal.templates;

import java.util.Map;

/**
 * An email as GrowthHub ships it.
 *
 * @param security sign-in, sign-up and password mail: always sent (never suppressed) and never tracked
 * @param samples the variables the product passes, with the values the preview shows
 */
public record EmailTemplateDefault(String key, String description, boolean security, String subject, String html,
		String text, Map<String, String> samples) {
}
