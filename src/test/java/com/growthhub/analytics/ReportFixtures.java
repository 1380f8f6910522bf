package com.growthhub.analytics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/** Campaigns, spend, daily rollups and deal histories written straight in SQL, so report tests control every number. */
public record ReportFixtures(JdbcClient jdbc, TenantTransactions transactions, OrganizationId organization) {

	static final Actor TEST = new Actor.Job("report-test");

	public UUID campaign(String name, String platform, String currency) {
		return call(() -> jdbc.sql("""
				insert into campaigns (organization_id, name, platform, currency) values (?, ?, ?, ?) returning id
				""").params(organization.value(), name, platform, currency).query(UUID.class).single());
	}

	public void spend(UUID campaign, LocalDate month, long cents) {
		call(() -> jdbc.sql("insert into campaign_spend (organization_id, campaign_id, month, amount_cents) values (?, ?, ?, ?)")
			.params(organization.value(), campaign, month, cents).update());
	}

	/** Adds to a rollup as KpiRecorder does (counts without money under USD); a null campaign is the nil uuid. */
	public void rollup(LocalDate day, UUID campaign, String model, String kind, long count, long valueCents,
			String currency) {
		call(() -> jdbc.sql("""
				insert into kpi_daily_rollups (organization_id, day, campaign_id, model, kind, currency, event_count, value_cents)
				values (?, ?, coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid), ?, ?, ?, ?, ?)
				on conflict (organization_id, day, campaign_id, model, kind, currency) do update
				  set event_count = kpi_daily_rollups.event_count + excluded.event_count,
				      value_cents = kpi_daily_rollups.value_cents + excluded.value_cents
				""").params(organization.value(), day, campaign, model, kind, currency, count, valueCents).update());
		// The month's row is the sum of its days, as KpiRecorder and the rebuild keep it.
		call(() -> jdbc.sql("""
				insert into kpi_monthly_rollups (organization_id, month, campaign_id, model, kind, currency, event_count,
				  value_cents)
				values (?, ?, coalesce(?, '00000000-0000-0000-0000-000000000000'::uuid), ?, ?, ?, ?, ?)
				on conflict (organization_id, model, month, campaign_id, kind, currency) do update
				  set event_count = kpi_monthly_rollups.event_count + excluded.event_count,
				      value_cents = kpi_monthly_rollups.value_cents + excluded.value_cents
				""").params(organization.value(), day.withDayOfMonth(1), campaign, model, kind, currency, count, valueCents)
			.update());
	}

	/** Counts under both models on the same campaign. */
	public void counted(LocalDate day, UUID campaign, String kind, long count) {
		rollup(day, campaign, "first_touch", kind, count, 0, "USD");
		rollup(day, campaign, "last_touch", kind, count, 0, "USD");
	}

	public void paid(LocalDate day, UUID campaign, long count, long cents, String currency) {
		rollup(day, campaign, "first_touch", "invoice_paid", count, cents, currency);
		rollup(day, campaign, "last_touch", "invoice_paid", count, cents, currency);
	}

	/** A contact's first and last touch, as KpiRecorder keeps them. */
	public UUID touched(UUID firstCampaign, UUID lastCampaign) {
		UUID contact = UUID.randomUUID();
		call(() -> jdbc.sql("""
				insert into contact_touches (organization_id, contact_id, first_campaign_id, first_touched_at,
				  last_campaign_id, last_touched_at) values (?, ?, ?, now(), ?, now())
				""").params(organization.value(), contact, firstCampaign, lastCampaign).update());
		return contact;
	}

	/** A deal of the contact closed ({@code WON} or {@code LOST}) at the instant, in the pipeline's stage. */
	public void closedDeal(UUID pipeline, UUID stage, UUID contact, String status, Instant closedAt) {
		call(() -> jdbc.sql("""
				insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, status, closed_at)
				values (?, ?, ?, ?, ?, 'Closed', ?, ?)
				""").params(UUID.randomUUID(), organization.value(), pipeline, stage, contact, status,
				Timestamp.from(closedAt)).update());
	}

	/** A deal of the pipeline that entered each stage at the given instants, in order. */
	public UUID dealThrough(UUID pipeline, UUID[] stages, Instant[] enteredAt) {
		return call(() -> {
			UUID deal = UUID.randomUUID();
			jdbc.sql("""
					insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, stage_entered_at)
					values (?, ?, ?, ?, ?, 'Velocity', ?)
					""").params(deal, organization.value(), pipeline, stages[stages.length - 1], UUID.randomUUID(),
					Timestamp.from(enteredAt[enteredAt.length - 1])).update();
			for (int i = 0; i < stages.length; i++) {
				jdbc.sql("""
						insert into deal_stage_history (id, organization_id, deal_id, from_stage_id, to_stage_id, to_stage_name,
						  changed_at, left_at) values (?, ?, ?, ?, ?, 'stage', ?, ?)
						""").params(UUID.randomUUID(), organization.value(), deal, i == 0 ? null : stages[i - 1], stages[i],
						Timestamp.from(enteredAt[i]), i + 1 < stages.length ? Timestamp.from(enteredAt[i + 1]) : null)
					.update();
			}
			return deal;
		});
	}

	private <T> T call(java.util.function.Supplier<T> work) {
		return transactions.call(TenantScope.organization(organization, TEST), work);
	}
}
