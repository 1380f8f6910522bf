package com.growthhub.reviews.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Flags every unanswered (pending or drafted) review older than its organization's time, for all organizations at
 * once, with the reason on the review and its history. Rows another node is flagging are skipped, so two nodes never
 * flag the same review twice.
 */
@Component
public class ReviewOverdueFlags {

	static final Actor JOB = new Actor.Job("review-overdue");

	private static final Logger log = LoggerFactory.getLogger(ReviewOverdueFlags.class);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ReviewHubReport hub;

	ReviewOverdueFlags(JdbcClient jdbc, TenantTransactions transactions, ReviewHubReport hub) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.hub = hub;
	}

	/** Flags those overdue at {@code now}; answers how many. */
	public int flagOverdue(Instant now) {
		List<UUID> organizations = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				with overdue as (
				  select r.id, r.state, coalesce(s.flag_after_hours, 72) as hours
				  from reviews r left join review_settings s on s.organization_id = r.organization_id
				  where r.state in ('pending', 'draft')
				    and r.written_at < ?::timestamptz - make_interval(hours => coalesce(s.flag_after_hours, 72))
				  order by r.written_at
				  limit 1000
				  for update of r skip locked
				), flagged as (
				  update reviews r set state = 'flagged', flag_reason = 'Unanswered for more than ' || o.hours || ' hours',
				    updated_at = now(), version = r.version + 1
				  from overdue o where r.id = o.id
				  returning r.id, r.organization_id, o.state as from_state, r.flag_reason
				)
				insert into review_history (organization_id, review_id, from_state, to_state, actor, note)
				select organization_id, id, from_state, 'flagged', ?, flag_reason from flagged
				returning organization_id
				""").params(Timestamp.from(now), JOB.label()).query(UUID.class).list());
		int flagged = organizations.size();
		// Each organization's figure is counted in its own scope, after the system-wide flagging committed.
		organizations.stream().distinct().map(OrganizationId::of)
			.forEach(organization -> transactions.run(organization, JOB, () -> hub.changed(organization)));
		if (flagged > 0) {
			log.info("Flagged {} unanswered review(s) past their organization's time", flagged);
		}
		return flagged;
	}
}
