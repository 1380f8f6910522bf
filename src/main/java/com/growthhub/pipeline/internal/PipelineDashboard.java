package com.growthhub.pipeline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.platform.web.DashboardWidget;
import com.growthhub.shared.OrganizationId;

/**
 * Pipeline figures for the dashboard: the default pipeline's open value by stage (and weighted by each stage's win
 * probability), its weighted forecast, and the deals won this month. Money is shown in the currency that carries the
 * most open value; deals in other currencies are summed apart rather than converted at a rate nobody chose.
 */
@Component
class PipelineDashboard implements DashboardWidget {

	/** The deals table's own default, until organizations choose theirs. */
	private static final String DEFAULT_CURRENCY = "USD";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Clock clock = Clock.systemUTC();

	PipelineDashboard(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String key() {
		return "pipeline";
	}

	@Override
	public String title() {
		return "Pipeline";
	}

	@Override
	public String fragment() {
		return "pipeline/dashboard-widget :: widget";
	}

	@Override
	public int order() {
		return 20;
	}

	private record StageValue(UUID stageId, String stage, int probability, String currency, long cents) {
	}

	/** The default pipeline's board index answers the sums: one range per stage, no table read. */
	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			Map<String, Object> figures = new LinkedHashMap<>();
			UUID pipeline = jdbc.sql("select id from pipelines where organization_id = ? order by is_default desc, created_at limit 1")
				.param(organization.value()).query(UUID.class).optional().orElse(null);
			List<StageValue> values = pipeline == null ? List.of() : jdbc.sql("""
					select s.id, s.name, s.probability, d.currency, coalesce(sum(d.value_cents), 0) as cents, s.position
					from pipeline_stages s left join deals d
					  on d.organization_id = s.organization_id and d.pipeline_id = s.pipeline_id and d.stage_id = s.id
					  and d.status = 'OPEN'
					where s.organization_id = ? and s.pipeline_id = ? and s.kind = 'OPEN'
					group by s.id, s.name, s.probability, d.currency, s.position
					order by s.position
					""").params(organization.value(), pipeline)
				.query((rs, n) -> new StageValue(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4),
						rs.getLong(5)))
				.list();
			String currency = mainCurrency(values);
			List<String> stages = new ArrayList<>();
			List<Long> open = new ArrayList<>();
			List<Long> weighted = new ArrayList<>();
			long openTotal = 0;
			long weightedTotal = 0;
			long otherCurrencies = 0;
			Map<UUID, Integer> column = new LinkedHashMap<>();
			for (StageValue value : values) {
				int index = column.computeIfAbsent(value.stageId(), id -> {
					stages.add(value.stage());
					open.add(0L);
					weighted.add(0L);
					return stages.size() - 1;
				});
				if (value.currency() == null) {
					continue;
				}
				if (!value.currency().equals(currency)) {
					otherCurrencies += value.cents();
					continue;
				}
				long forecast = value.cents() * value.probability() / 100;
				open.set(index, open.get(index) + value.cents());
				weighted.set(index, weighted.get(index) + forecast);
				openTotal += value.cents();
				weightedTotal += forecast;
			}
			figures.put("currency", currency);
			figures.put("openValueCents", openTotal);
			figures.put("weightedForecastCents", weightedTotal);
			figures.put("otherCurrencyDeals", otherCurrencies > 0);
			figures.put("valueByStage", DashboardChart.bars(stages, List.of(new DashboardChart.Series("Open value", open),
					new DashboardChart.Series("Weighted by win probability", weighted)), currency));
			figures.putAll(wonThisMonth(organization, currency));
			return figures;
		});
	}

	private record Won(String currency, long count, long cents) {
	}

	private Map<String, Object> wonThisMonth(OrganizationId organization, String currency) {
		LocalDate firstOfMonth = LocalDate.now(clock).withDayOfMonth(1);
		List<Won> won = jdbc.sql("""
				select currency, count(*), coalesce(sum(value_cents), 0) from deals
				where organization_id = ? and status = 'WON' and closed_at >= ? group by currency
				""").params(organization.value(), java.sql.Timestamp.from(firstOfMonth.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.query((rs, n) -> new Won(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.list();
		// Every won deal counts; only those in the widget's currency add to its value.
		return Map.of("wonThisMonth", won.stream().mapToLong(Won::count).sum(), "wonThisMonthCents",
				won.stream().filter(w -> w.currency().equals(currency)).mapToLong(Won::cents).sum());
	}

	/** The currency most of the open value is in; the organization's usual one when nothing is open. */
	private static String mainCurrency(List<StageValue> values) {
		Map<String, Long> byCurrency = new LinkedHashMap<>();
		values.stream().filter(value -> value.currency() != null)
			.forEach(value -> byCurrency.merge(value.currency(), value.cents(), Long::sum));
		return byCurrency.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(DEFAULT_CURRENCY);
	}
}
