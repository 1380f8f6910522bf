package com.growthhub.analytics.internal.retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.growthhub.shared.OrganizationId;

/** The organization's periods; no row yet means the defaults. Called inside the organization's transaction. */
@Repository
class RetentionSettings {

	private final JdbcClient jdbc;

	RetentionSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	RetentionPeriods get(OrganizationId organization) {
		return jdbc.sql("""
				select leads_years, activities_years, kpi_events_years from retention_settings where organization_id = ?
				""").param(organization.value()).query(RetentionPeriods.class).optional().orElse(RetentionPeriods.DEFAULTS);
	}

	void save(OrganizationId organization, RetentionPeriods periods) {
		jdbc.sql("""
				insert into retention_settings (organization_id, leads_years, activities_years, kpi_events_years)
				values (?, ?, ?, ?)
				on conflict (organization_id) do update set leads_years = excluded.leads_years,
				  activities_years = excluded.activities_years, kpi_events_years = excluded.kpi_events_years,
				  updated_at = now(), version = retention_settings.version + 1
				""").params(organization.value(), periods.leadsYears(), periods.activitiesYears(), periods.kpiEventsYears())
			.update();
	}
}
