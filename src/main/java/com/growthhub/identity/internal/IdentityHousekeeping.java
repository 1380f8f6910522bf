package com.growthhub.identity.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.growthhub.platform.security.Throttle;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;

/** Hourly removal of dead codes, links, devices and sessions, and of expired throttle windows. */
@Configuration(proxyBeanMethods = false)
class IdentityHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(IdentityHousekeeping.class);

	@Bean
	RecurringTask<Void> identityHousekeepingTask(JdbcClient jdbc, Throttle throttle, TenantTransactions transactions) {
		return Tasks.recurring("identity-housekeeping", FixedDelay.of(Duration.ofHours(1)))
			.execute((instance, context) -> {
				int removed = transactions.call(TenantScope.system(new Actor.Job("identity-housekeeping")), () ->
						jdbc.sql("delete from one_time_codes where expires_at < now() - interval '1 day'").update()
						+ jdbc.sql("delete from password_reset_tokens where expires_at < now() - interval '1 day'").update()
						+ jdbc.sql("delete from auth_sessions where expires_at < now() or revoked_at < now() - interval '30 days'").update()
						+ jdbc.sql("delete from trusted_devices where last_seen_at < now() - interval '180 days'").update());
				int windows = throttle.purgeExpired(Duration.ofDays(1));
				log.info("Identity housekeeping removed {} expired records and {} throttle windows", removed, windows);
			});
	}
}
