package com.growthhub.eventplanning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.shared.OrganizationId;

/**
 * The events card (seed 000 §2: the organization's event count): how many events there are, how many are coming, and
 * events per month around today, from the index on (organization, start) alone.
 */
@Component
class EventDashboard implements com.growthhub.platform.web.DashboardWidget {

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final OrganizationPreferences preferences;

	EventDashboard(JdbcClient jdbc, TenantTransactions transactions, OrganizationPreferences preferences) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.preferences = preferences;
	}

	@Override
	public String key() {
		return "events";
	}

	@Override
	public String title() {
		return "Events";
	}

	@Override
	public String fragment() {
		return "eventplanning/dashboard-widgets :: events";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			ZoneId zone = preferences.timeZone(organization);
			YearMonth first = YearMonth.now(zone).minusMonths(5);
			Instant from = first.atDay(1).atStartOfDay(zone).toInstant();
			Instant to = first.plusMonths(12).atDay(1).atStartOfDay(zone).toInstant();
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("total", jdbc.sql("select count(*) from events where organization_id = ?")
				.param(organization.value()).query(Long.class).single());
			figures.put("upcoming", jdbc.sql("""
					select count(*) from events where organization_id = ? and starts_at >= now() and status = 'PUBLISHED'
					""").param(organization.value()).query(Long.class).single());
			Map<YearMonth, Long> perMonth = new LinkedHashMap<>();
			jdbc.sql("""
					select date_trunc('month', starts_at at time zone ?)::date, count(*) from events
					where organization_id = ? and starts_at >= ? and starts_at < ? and status <> 'CANCELLED' group by 1
					""").params(zone.getId(), organization.value(), Timestamp.from(from), Timestamp.from(to))
				.query(rs -> {
					perMonth.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
				});
			List<String> labels = new ArrayList<>();
			List<Long> values = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				labels.add(MONTH.format(first.plusMonths(i)));
				values.add(perMonth.getOrDefault(first.plusMonths(i), 0L));
			}
			figures.put("perMonth", DashboardChart.bars(labels, List.of(new DashboardChart.Series("Events", values)), null));
			return figures;
		});
	}
}
