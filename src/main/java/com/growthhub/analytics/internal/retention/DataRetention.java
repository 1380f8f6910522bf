package com.growthhub.analytics.internal.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import com.growthhub.analytics.internal.OrganizationZones;
import com.growthhub.analytics.internal.RollupRebuild;
import com.growthhub.contacts.ContactRetention;
import com.growthhub.contacts.ContactRetention.Expired;
import com.growthhub.identity.OrganizationRoster;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Retention per organization and record type (CT10): the settings, the dry run and the purge. The purge works in
 * batches of {@link #BATCH} rows, each its own short transaction, so that it never holds locks long enough for a
 * person saving a contact to notice. Leads and activities are contacts' records, removed through contacts' API; KPI
 * events and their rollups are analytics' own. The clock is a parameter so that tests can run it years ahead.
 */
@Service
public class DataRetention {

	private static final Logger log = LoggerFactory.getLogger(DataRetention.class);

	static final int BATCH = 2000;

	private static final Actor JOB = new Actor.Job("retention");

	private final RetentionSettings settings;
	private final RetentionRuns runs;
	private final KpiEventRetention kpiEvents;
	private final ContactRetention contacts;
	private final OrganizationRoster organizations;
	private final TenantTransactions transactions;
	private final RollupRebuild rollups;
	private final OrganizationZones zones;

	DataRetention(RetentionSettings settings, RetentionRuns runs, KpiEventRetention kpiEvents, ContactRetention contacts,
			OrganizationRoster organizations, TenantTransactions transactions, RollupRebuild rollups,
			OrganizationZones zones) {
		this.rollups = rollups;
		this.zones = zones;
		this.settings = settings;
		this.runs = runs;
		this.kpiEvents = kpiEvents;
		this.contacts = contacts;
		this.organizations = organizations;
		this.transactions = transactions;
	}

	/** The periods, the trash's own period (contacts' setting, shown here) and the last run. */
	public record Overview(RetentionPeriods periods, int trashDays, @Nullable RetentionRun lastRun) {
	}

	/** What a run would remove now: per record type the count, the oldest record's time and the cutoff. */
	public record DryRun(Instant asOf, Expiring leads, Expiring activities, Expiring kpiEvents) {
	}

	public record Expiring(long count, @Nullable Instant oldest, Instant cutoff) {

		static Expiring of(Expired expired, Instant cutoff) {
			return new Expiring(expired.count(), expired.oldest(), cutoff);
		}
	}

	public Overview overview(OrganizationId organization, Actor actor) {
		record Stored(RetentionPeriods periods, Optional<RetentionRun> lastRun) {
		}
		Stored stored = transactions.call(organization, actor,
				() -> new Stored(settings.get(organization), runs.last(organization)));
		return new Overview(stored.periods(), contacts.trashRetentionDays(organization), stored.lastRun().orElse(null));
	}

	public Overview update(OrganizationId organization, Actor actor, RetentionPeriods periods) {
		transactions.run(organization, actor, () -> settings.save(organization, periods));
		return overview(organization, actor);
	}

	public DryRun dryRun(OrganizationId organization, Actor actor, Clock clock) {
		Instant now = clock.instant();
		RetentionPeriods periods = transactions.call(organization, actor, () -> settings.get(organization));
		Instant leadsCutoff = periods.leadsCutoff(now);
		Instant activitiesCutoff = periods.activitiesCutoff(now);
		Instant kpiCutoff = periods.kpiEventsCutoff(now, zones.of(organization));
		return new DryRun(now, Expiring.of(contacts.expiredLeads(organization, leadsCutoff), leadsCutoff),
				Expiring.of(contacts.expiredActivities(organization, activitiesCutoff), activitiesCutoff),
				Expiring.of(kpiEvents.expired(organization, kpiCutoff), kpiCutoff));
	}

	/**
	 * Purges one organization's expired records and records the run (also its audit entry). Must not be called inside
	 * a transaction: the batches commit one by one.
	 */
	public RetentionRun purge(OrganizationId organization, Clock clock) {
		Instant started = Instant.now();
		Instant now = clock.instant();
		RetentionPeriods periods = transactions.call(organization, JOB, () -> settings.get(organization));
		Instant leadsCutoff = periods.leadsCutoff(now);
		Instant activitiesCutoff = periods.activitiesCutoff(now);
		ZoneId zone = zones.of(organization);
		LocalDate kpiDay = periods.kpiEventsCutoffDay(now, zone);
		Instant kpiCutoff = periods.kpiEventsCutoff(now, zone);
		long activities = inBatches(() -> contacts.purgeActivitiesBefore(organization, activitiesCutoff, BATCH));
		long leads = inBatches(() -> contacts.trashLeadsBefore(organization, leadsCutoff, BATCH));
		long events = inBatches(() -> kpiEvents.purgeEventsBefore(organization, kpiCutoff, BATCH));
		inBatches(() -> kpiEvents.purgeRollupsBefore(organization, kpiDay, BATCH));
		if (events > 0) {
			// Removing a contact's earliest events moves its first touch: the days kept are attributed anew from the
			// events kept, exactly as the nightly rebuild would, so the rollups equal a recomputation again.
			rollups.rebuild(organization);
		}
		Instant finished = Instant.now();
		RetentionRun run = new RetentionRun(started, finished, Duration.between(started, finished).toMillis(), leads,
				activities, events);
		transactions.run(organization, JOB, () -> runs.record(organization, run));
		if (leads + activities + events > 0) {
			log.info("Retention for {} removed {} leads, {} activities and {} KPI events in {} ms", organization.value(),
					leads, activities, events, run.durationMs());
		}
		return run;
	}

	/** The nightly job: every organization in turn; one failing organization does not stop the others. */
	public int purgeAll(Clock clock) {
		int done = 0;
		for (OrganizationId organization : organizations.all()) {
			try {
				purge(organization, clock);
				done++;
			}
			catch (RuntimeException ex) {
				log.warn("Retention for organization {} failed; the next run tries again", organization.value(), ex);
			}
		}
		return done;
	}

	/**
	 * Repeats a batch until one comes back short. Rows skipped because they were locked are left for the next night.
	 */
	private static long inBatches(IntSupplier batch) {
		long total = 0;
		int removed;
		do {
			removed = batch.getAsInt();
			total += removed;
		}
		while (removed == BATCH);
		return total;
	}
}
