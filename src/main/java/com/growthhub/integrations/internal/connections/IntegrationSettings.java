package com.growthhub.integrations.internal.connections;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How connections sync.
 *
 * @param syncInterval how often connected connections run an incremental sync
 * @param failedRunsBeforePause failed runs in a row after which a connection pauses itself and tells its owner
 * @param pageSize records asked per page
 * @param webhookMaxBytes the largest inbound webhook body read
 */
@ConfigurationProperties("growthhub.integrations")
public record IntegrationSettings(@DefaultValue("15m") Duration syncInterval, @DefaultValue("5") int failedRunsBeforePause,
		@DefaultValue("100") int pageSize, @DefaultValue("1048576") int webhookMaxBytes) {
}
