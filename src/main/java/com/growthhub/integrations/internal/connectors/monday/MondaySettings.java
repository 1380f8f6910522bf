package com.growthhub.integrations.internal.connectors.monday;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Monday.com ({@code growthhub.integrations.monday.*}).
 *
 * @param baseUrl the GraphQL endpoint ({@code GROWTHHUB_INTEGRATIONS_MONDAY_BASE_URL}, so tests and sandboxes point elsewhere)
 * @param apiVersion the {@code API-Version} header: the schema the queries are written against
 * @param signingSecret the Monday app's signing secret, which signs each webhook's JWT
 *        ({@code GROWTHHUB_INTEGRATIONS_MONDAY_SIGNING_SECRET}); without it webhooks are refused and the board syncs on runs only
 * @param longestComplexityWait how long a call waits when Monday's complexity budget is spent before the run is
 *        postponed instead
 */
@ConfigurationProperties("growthhub.integrations.monday")
public record MondaySettings(@DefaultValue("https://api.monday.com/v2") String baseUrl,
		@DefaultValue("2025-04") String apiVersion, @DefaultValue("") String signingSecret,
		@DefaultValue("10s") Duration longestComplexityWait) {
}
