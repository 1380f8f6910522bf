package com.growthhub.integrations.internal.connectors.ctm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where CallTrackingMetrics' API is ({@code GROWTHHUB_INTEGRATIONS_CTM_BASE_URL}, so tests and sandboxes point
 * elsewhere). Nothing else is installation-wide: each organization
 * connects with its own access key, secret key and account id.
 */
@ConfigurationProperties("growthhub.integrations.ctm")
public record CtmSettings(@DefaultValue("https://api.calltrackingmetrics.com") String baseUrl) {
}
