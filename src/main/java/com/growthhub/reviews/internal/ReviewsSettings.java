package com.growthhub.reviews.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.reviews.*}.
 *
 * @param overdueCheckInterval how often unanswered reviews past the organization's time are flagged
 */
@ConfigurationProperties("growthhub.reviews")
public record ReviewsSettings(@DefaultValue("PT15M") Duration overdueCheckInterval) {
}
