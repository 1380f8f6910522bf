package com.growthhub.analytics.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records a KPI event once and, in the same transaction, moves the contact's touches and adds the event to the daily
 * rollups under both attribution models. The day of a rollup is the day of {@code occurredAt} in the organization's
 * time zone, cut by PostgreSQL as {@link RollupRebuild} cuts it; events without money count under currency USD.
 */
@Component
public class KpiRecorder {

	/** Where an event with no campaign to its name is counted. */
	public static final UUID NO_CAMPAIGN = new UUID(0, 0);

	static final String NO_CURRENCY = "USD";

	private static final Actor RECORDER = new Actor.Job("kpi-recorder");
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final KpiLocks locks;
	private final KpiEventRules rules;
	private final OrganizationZones zones;

	@Autowired
	KpiRecorder(JdbcClient jdbc, TenantTransactions transactions, KpiLocks locks, OrganizationZones zones) {
		this(jdbc, transactions, locks, zones, Clock.systemUTC());
	}

	KpiRecorder(JdbcClient jdbc, TenantTransactions transactions, KpiLocks locks, OrganizationZones zones,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.locks = locks;
		this.zones = zones;
		this.rules = new KpiEventRules(clock);
	}

	/** True when the event is new; false when its source key was recorded before (then nothing changes). */
	public boolean record(KpiEventDraft draft) {
		return insert(draft).isPresent();
	}

	/** The new event's id, or empty when its source key was recorded before. */
	Optional<UUID> insert(KpiEventDraft draft) {
		rules.check(draft);
		return transactions.call(draft.organizationId(), RECORDER, () -> {
			locks.recording(draft.organizationId());
			if (draft.contactId() != null) {
				locks.contact(draft.contactId());
			}
			Optional<UUID> id = jdbc.sql("""
					insert into kpi_events (organization_id, kind, contact_id, campaign_id, occurred_at, value_cents, currency,
					  metadata, source_key)
					values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
					on conflict (organization_id, source_key) do nothing
					returning id
					""").params(draft.organizationId().value(), draft.kind().key(), draft.contactId(), draft.campaignId(),
					Timestamp.from(draft.occurredAt()), draft.valueCents(), draft.currency(),
					JSON.writeValueAsString(draft.metadata()), draft.sourceKey())
				.query(UUID.class).optional();
			// Read under the lock: a rebuild for a new zone holds it, so an event recorded after it sees the new zone.
			id.ifPresent(ignored -> count(draft, touch(draft), zones.of(draft.organizationId())));
			return id;
		});
	}

	/** Moves the contact's touches when the event names a campaign; answers the campaigns to count it on. */
	private Attribution touch(KpiEventDraft draft) {
		if (draft.contactId() == null) {
			return new Attribution(draft.campaignId(), draft.campaignId());
		}
		if (draft.campaignId() != null) {
			Timestamp at = Timestamp.from(draft.occurredAt());
			jdbc.sql("""
					insert into contact_touches (organization_id, contact_id, first_campaign_id, first_touched_at,
					  last_campaign_id, last_touched_at)
					values (?, ?, ?, ?, ?, ?)
					on conflict (organization_id, contact_id) do update
					  set last_campaign_id = excluded.last_campaign_id, last_touched_at = excluded.last_touched_at
					""").params(draft.organizationId().value(), draft.contactId(), draft.campaignId(), at,
					draft.campaignId(), at)
				.update();
		}
		return jdbc.sql("""
				select first_campaign_id, last_campaign_id from contact_touches
				where organization_id = ? and contact_id = ?
				""").params(draft.organizationId().value(), draft.contactId())
			.query((rs, row) -> new Attribution(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.optional().orElse(new Attribution(null, null));
	}

	private void count(KpiEventDraft draft, Attribution attribution, ZoneId zone) {
		add(draft, "first_touch", attribution.first(), zone);
		add(draft, "last_touch", attribution.last(), zone);
	}

	/** Adds the event to its day's rollup and to its month's (the month is the sum of its days, kept alongside). */
	private void add(KpiEventDraft draft, String model, @Nullable UUID campaign, ZoneId zone) {
		Object[] values = { draft.organizationId().value(), Timestamp.from(draft.occurredAt()), zone.getId(),
				campaign == null ? NO_CAMPAIGN : campaign, model, draft.kind().key(),
				draft.currency() == null ? NO_CURRENCY : draft.currency(),
				draft.valueCents() == null ? 0L : draft.valueCents() };
		jdbc.sql("""
				insert into kpi_daily_rollups (organization_id, day, campaign_id, model, kind, currency, event_count,
				  value_cents)
				values (?, (?::timestamptz at time zone ?)::date, ?, ?, ?, ?, 1, ?)
				on conflict (organization_id, day, campaign_id, model, kind, currency) do update
				  set event_count = kpi_daily_rollups.event_count + 1,
				      value_cents = kpi_daily_rollups.value_cents + excluded.value_cents
				""").params(values).update();
		jdbc.sql("""
				insert into kpi_monthly_rollups (organization_id, month, campaign_id, model, kind, currency, event_count,
				  value_cents)
				values (?, date_trunc('month', ?::timestamptz at time zone ?)::date, ?, ?, ?, ?, 1, ?)
				on conflict (organization_id, model, month, campaign_id, kind, currency) do update
				  set event_count = kpi_monthly_rollups.event_count + 1,
				      value_cents = kpi_monthly_rollups.value_cents + excluded.value_cents
				""").params(values).update();
	}

	private record Attribution(@Nullable UUID first, @Nullable UUID last) {
	}
}
