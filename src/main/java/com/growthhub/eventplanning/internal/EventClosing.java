package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * After a published event ends, everyone still registered (never checked in) becomes a no-show; the event is then
 * closed, so each event is closed once. The status stays published until someone completes it: late arrivals can
 * still be checked in, which turns their no-show into attended.
 */
@Service
public class EventClosing {

	private static final Actor JOB = new Actor.Job("event-no-shows");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;

	EventClosing(JdbcClient jdbc, TenantTransactions transactions, Events events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	private record Ended(UUID id, UUID organizationId) {
	}

	/** Closes every event that ended before {@code now}; answers how many attendees became no-shows. */
	public int closeEnded(Instant now) {
		List<Ended> ended = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select id, organization_id from events where status = 'PUBLISHED' and closed_at is null and ends_at <= ?
				order by ends_at limit 500
				""").param(java.sql.Timestamp.from(now)).query(Ended.class).list());
		int noShows = 0;
		for (Ended event : ended) {
			OrganizationId organization = OrganizationId.of(event.organizationId());
			noShows += transactions.callInNewTransaction(TenantScope.organization(organization, JOB),
					() -> events.markNoShows(organization, event.id()));
		}
		return noShows;
	}
}
