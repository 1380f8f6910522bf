package com.growthhub.messaging.internal.lines;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.messaging.lines.*}: what an organization gets until billing sells plans (free lines, paid lines it
 * may add), a new line's daily limits, and how long provisioning by hand is expected to take.
 */
@ConfigurationProperties("growthhub.messaging.lines")
public record LineSettings(@DefaultValue("1") int freeLinesIncluded, @DefaultValue("2") int paidLinesAllowed,
		@DefaultValue("20") int dailyNewConversations, @DefaultValue("150") int dailyMessages,
		@DefaultValue("48h") Duration readyWithin) {
}
