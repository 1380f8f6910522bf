package analytics;

import java.sql.Statement;

/**
 * The bench's data, written as the application role with the organization's row-level security scope and the row
 * audit triggers off (a million audit rows are not what is measured). Deterministic: ids come from md5 of a name.
 */
record Generator(Statement sql, String org, String pipeline, long contacts, long events) {

	static final int CAMPAIGNS = 200;
	static final String[] PLATFORMS = { "facebook", "google", "tiktok", "instagram", "email", "referral", "event", "other" };

	void run() throws Exception {
		var existing = sql.executeQuery("select count(*) from kpi_events where organization_id = '" + org + "'");
		existing.next();
		if (existing.getLong(1) >= events) {
			System.out.println("reusing the generated data");
			return;
		}
		step("contacts", """
				alter table contacts disable trigger audit;
				insert into contacts (id, organization_id, first_name, last_name, email, created_at, updated_at)
				select md5('bench-contact-' || g)::uuid, '%1$s', 'Lead', 'Number ' || g, 'lead' || g || '@bench.example',
				       now() - make_interval(secs => g), now()
				from generate_series(1, %2$d) g;
				alter table contacts enable trigger audit;
				""".formatted(org, contacts));
		step("campaigns and 3 years of monthly spend", """
				insert into campaigns (id, organization_id, name, platform, utm_source, utm_campaign)
				select md5('bench-campaign-' || k)::uuid, '%1$s', 'Bench campaign ' || k,
				       (array['%2$s'])[1 + k %% 8], 'bench', 'bench-' || k
				from generate_series(0, %3$d - 1) k;
				insert into campaign_spend (organization_id, campaign_id, month, amount_cents)
				select '%1$s', md5('bench-campaign-' || k)::uuid, (date_trunc('month', now()) - make_interval(months => m))::date,
				       50000 + (k * 7919 + m * 104729) %% 500000
				from generate_series(0, %3$d - 1) k cross join generate_series(0, 36) m;
				""".formatted(org, String.join("','", PLATFORMS), CAMPAIGNS));
		// 60 % clicks (on a campaign), 18 % consults booked, 12 % held, 10 % paid invoices, spread over 3 years.
		step("KPI events", """
				insert into kpi_events (organization_id, kind, contact_id, campaign_id, occurred_at, value_cents, currency, source_key)
				select '%1$s', k.kind, md5('bench-contact-' || (1 + g %% %2$d))::uuid,
				       case when k.kind = 'ad_click' then md5('bench-campaign-' || ((g / 7) %% %3$d))::uuid end,
				       now() - make_interval(secs => 60 + (g * 7919) %% 94608000),
				       case when k.kind = 'invoice_paid' then 10000 + (g %% 500) * 100 end,
				       case when k.kind = 'invoice_paid' then 'USD' end, 'bench:' || g
				from generate_series(1::bigint, %4$d) g
				cross join lateral (select case when g %% 100 < 60 then 'ad_click' when g %% 100 < 78 then 'consult_booked'
				                                when g %% 100 < 90 then 'consult_show' else 'invoice_paid' end as kind) k;
				""".formatted(org, contacts, CAMPAIGNS, events));
		step("paid invoices", """
				insert into invoices (id, organization_id, number, contact_id, currency, status, subtotal_cents, total_cents,
				                      amount_paid_cents, issue_date, public_token, issued_at)
				select md5('bench-invoice-' || g)::uuid, '%1$s', 'B-' || g, md5('bench-contact-' || (1 + g %% %2$d))::uuid,
				       'USD', 'paid', 10000 + (g %% 500) * 100, 10000 + (g %% 500) * 100, 10000 + (g %% 500) * 100,
				       (now() - make_interval(secs => 60 + (g * 7919) %% 94608000))::date, md5('bench-token-' || g) || g,
				       now() - make_interval(secs => 60 + (g * 7919) %% 94608000)
				from generate_series(1::bigint, %3$d) g;
				""".formatted(org, contacts, events / 10));
		step("deals and their stage history", """
				alter table deals disable trigger audit;
				create temporary table bench_stages as
				  select id, name, row_number() over (order by position) as n from pipeline_stages
				  where pipeline_id = '%1$s' and kind = 'OPEN';
				insert into deals (id, organization_id, pipeline_id, stage_id, contact_id, title, stage_entered_at)
				select md5('bench-deal-' || g)::uuid, '%2$s', '%1$s', (select id from bench_stages where n = 1 + g %% 3),
				       md5('bench-contact-' || (1 + g %% %3$d))::uuid, 'Deal ' || g, now() - make_interval(hours => 1)
				from generate_series(1, 100000) g;
				-- Each stay but the deal's current one ends where the next begins (left_at), as the app's moves keep it.
				insert into deal_stage_history (id, organization_id, deal_id, from_stage_id, to_stage_id, to_stage_name, changed_at,
				                                left_at)
				select id, org, deal, null, stage, name, changed_at, lead(changed_at) over (partition by deal order by n)
				from (select md5('bench-move-' || g || '-' || s.n)::uuid as id, '%2$s'::uuid as org,
				             md5('bench-deal-' || g)::uuid as deal, s.id as stage, s.name, s.n,
				             now() - make_interval(days => 400)
				               + make_interval(hours => (s.n * (24 + (g * 31 + s.n * 17) %% 240))::int) as changed_at
				      from generate_series(1, 100000) g join bench_stages s on s.n <= 1 + g %% 3) moves;
				alter table deals enable trigger audit;
				""".formatted(pipeline, org, contacts));
		step("statistics", "analyze contacts; analyze kpi_events; analyze deals; analyze deal_stage_history; analyze invoices;");
	}

	private void step(String name, String statements) throws Exception {
		long started = System.nanoTime();
		sql.execute(statements);
		System.out.printf("  %-40s %6.1f s%n", name, (System.nanoTime() - started) / 1e9);
	}
}
