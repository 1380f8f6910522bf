package com.growthhub.analytics.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Daily;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Nightly, each organization's rollups are recomputed from its events: whatever drifted (a bug, a hand edit, a
 * restored backup) is repaired by morning. One transaction per organization keeps each lock short.
 */
@Configuration(proxyBeanMethods = false)
class RollupRebuildJob {

	private static final Logger log = LoggerFactory.getLogger(RollupRebuildJob.class);

	@Bean
	RecurringTask<Void> kpiRollupRebuildTask(JdbcClient jdbc, TenantTransactions transactions, RollupRebuild rebuild) {
		return Tasks.recurring("kpi-rollup-rebuild", new Daily(java.time.LocalTime.of(3, 30)))
			.execute((instance, context) -> {
				List<UUID> organizations = transactions.call(TenantScope.system(new Actor.Job("kpi-rollup-rebuild")),
						() -> jdbc.sql("select distinct organization_id from kpi_events").query(UUID.class).list());
				long started = System.nanoTime();
				int rows = 0;
				for (UUID organization : organizations) {
					rows += rebuild.rebuild(OrganizationId.of(organization));
				}
				log.info("KPI rollups rebuilt for {} organizations ({} rows) in {} ms", organizations.size(), rows,
						(System.nanoTime() - started) / 1_000_000);
			});
	}
}
