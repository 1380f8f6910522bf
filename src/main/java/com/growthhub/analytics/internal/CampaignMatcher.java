package com.growthhub.analytics.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.shared.OrganizationId;

/**
 * Which campaign a visit's UTM values name: the one whose utm_campaign (or, failing that, whose name) equals the
 * visit's campaign, else the one whose utm_source equals its source; compared case-insensitively, newest first when
 * several match. Runs in the caller's transaction of the organization.
 */
@Component
class CampaignMatcher {

	private final JdbcClient jdbc;

	CampaignMatcher(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UUID> match(OrganizationId organization, Map<String, String> utm) {
		String campaign = value(utm, "campaign");
		String source = value(utm, "source");
		if (campaign != null) {
			Optional<UUID> found = first(organization, "lower(utm_campaign) = lower(?)", campaign)
				.or(() -> first(organization, "lower(name) = lower(?)", campaign));
			if (found.isPresent()) {
				return found;
			}
		}
		return source == null ? Optional.empty() : first(organization, "lower(utm_source) = lower(?)", source);
	}

	private Optional<UUID> first(OrganizationId organization, String condition, String value) {
		return jdbc.sql("select id from campaigns where organization_id = ? and deleted_at is null and " + condition
				+ " order by created_at desc, id desc limit 1").params(organization.value(), value)
			.query(UUID.class).optional();
	}

	private static String value(Map<String, String> utm, String key) {
		String value = utm.getOrDefault(key, utm.get("utm_" + key));
		return value == null || value.isBlank() ? null : value.strip();
	}
}
