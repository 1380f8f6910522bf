package com.growthhub.analytics.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Recomputes an organization's contact touches, daily and monthly rollups from its KPI events alone (days cut in the
 * organization's time zone), in one transaction, by
 * replaying the events in recording order ({@code seq}): the same attribution {@link KpiRecorder} applied one event at
 * a time. The maintained numbers and these must be equal; the nightly job repairs any drift.
 */
@Component
public class RollupRebuild {

	private static final Actor REBUILD = new Actor.Job("kpi-rollup-rebuild");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final KpiLocks locks;
	private final OrganizationZones zones;

	RollupRebuild(JdbcClient jdbc, TenantTransactions transactions, KpiLocks locks, OrganizationZones zones) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.locks = locks;
		this.zones = zones;
	}

	/** The number of rollup rows written. */
	public int rebuild(OrganizationId organization) {
		return transactions.call(organization, REBUILD, () -> {
			locks.rebuilding(organization);
			// Read under the lock, as the recorder reads it: the days are cut in the zone of this moment.
			String zone = zones.of(organization).getId();
			jdbc.sql("delete from kpi_daily_rollups where organization_id = ?").param(organization.value()).update();
			jdbc.sql("delete from kpi_monthly_rollups where organization_id = ?").param(organization.value()).update();
			jdbc.sql("delete from contact_touches where organization_id = ?").param(organization.value()).update();
			jdbc.sql("""
					insert into contact_touches (organization_id, contact_id, first_campaign_id, first_touched_at,
					  last_campaign_id, last_touched_at)
					select f.organization_id, f.contact_id, f.campaign_id, f.occurred_at, l.campaign_id, l.occurred_at
					from (select distinct on (contact_id) organization_id, contact_id, campaign_id, occurred_at
					      from kpi_events where organization_id = ? and contact_id is not null and campaign_id is not null
					      order by contact_id, seq) f
					join (select distinct on (contact_id) contact_id, campaign_id, occurred_at
					      from kpi_events where organization_id = ? and contact_id is not null and campaign_id is not null
					      order by contact_id, seq desc) l on l.contact_id = f.contact_id
					""").params(organization.value(), organization.value()).update();
			int written = jdbc.sql("""
					with numbered as (
					  select e.*, count(e.campaign_id) over (partition by e.contact_id order by e.seq) as touch_group
					  from kpi_events e where e.organization_id = ?
					), grouped as (
					  select n.*, first_value(n.campaign_id) over (partition by n.contact_id, n.touch_group order by n.seq)
					    as last_campaign
					  from numbered n
					), firsts as (
					  select distinct on (contact_id) contact_id, campaign_id
					  from kpi_events where organization_id = ? and contact_id is not null and campaign_id is not null
					  order by contact_id, seq
					), attributed as (
					  select g.organization_id, (g.occurred_at at time zone ?)::date as day, g.kind,
					    coalesce(g.currency, ?) as currency, coalesce(g.value_cents, 0) as value_cents,
					    case when g.contact_id is null then g.campaign_id when g.touch_group = 0 then null
					      else f.campaign_id end as first_campaign,
					    case when g.contact_id is null then g.campaign_id when g.touch_group = 0 then null
					      else g.last_campaign end as last_campaign
					  from grouped g left join firsts f on f.contact_id = g.contact_id
					)
					insert into kpi_daily_rollups (organization_id, day, campaign_id, model, kind, currency, event_count,
					  value_cents)
					select a.organization_id, a.day, coalesce(m.campaign_id, ?::uuid), m.model, a.kind, a.currency, count(*),
					  sum(a.value_cents)
					from attributed a
					cross join lateral (values ('first_touch', a.first_campaign), ('last_touch', a.last_campaign))
					  as m(model, campaign_id)
					group by 1, 2, 3, 4, 5, 6
					""").params(organization.value(), organization.value(), zone, KpiRecorder.NO_CURRENCY,
					KpiRecorder.NO_CAMPAIGN).update();
			// The months are exactly the sums of their days, as KpiRecorder keeps them one event at a time.
			jdbc.sql("""
					insert into kpi_monthly_rollups (organization_id, month, campaign_id, model, kind, currency,
					  event_count, value_cents)
					select organization_id, date_trunc('month', day)::date, campaign_id, model, kind, currency,
					  sum(event_count), sum(value_cents)
					from kpi_daily_rollups where organization_id = ? group by 1, 2, 3, 4, 5, 6
					""").param(organization.value()).update();
			return written;
		});
	}
}
