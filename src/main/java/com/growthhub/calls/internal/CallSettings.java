package com.growthhub.calls.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code growthhub.calls.*}.
 *
 * @param reviewThreshold a classification less confident than this leaves the call in the review queue
 */
@ConfigurationProperties("growthhub.calls")
public record CallSettings(@DefaultValue("0.6") double reviewThreshold) {
}
