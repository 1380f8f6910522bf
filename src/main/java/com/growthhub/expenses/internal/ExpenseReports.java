package com.growthhub.expenses.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.eventplanning.EventDirectory;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.shared.OrganizationId;

/**
 * Totals of expenses grouped by category, type, person, event or month, per currency (amounts in different currencies
 * are never added up). Without a status filter a report counts what was spent: submitted, approved and reimbursed
 * expenses, not drafts or rejected ones. A member's report covers their own expenses.
 */
@Service
public class ExpenseReports {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Expenses expenses;
	private final EventDirectory events;

	ExpenseReports(JdbcClient jdbc, TenantTransactions transactions, Expenses expenses, EventDirectory events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.expenses = expenses;
		this.events = events;
	}

	public enum GroupBy {
		CATEGORY("coalesce(c.name, '')"), TYPE("e.type"), PERSON("e.created_by::text"), EVENT("coalesce(e.event_id::text, '')"),
		MONTH("coalesce(to_char(e.spent_on, 'YYYY-MM'), '')");

		private final String sql;

		GroupBy(String sql) {
			this.sql = sql;
		}

		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static GroupBy parse(@Nullable String key) {
			if (key == null || key.isBlank()) {
				return CATEGORY;
			}
			try {
				return valueOf(key.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw ExpenseInputException.field("groupBy", "must be one of [category, type, person, event, month]");
			}
		}
	}

	/** One group's total in one currency. {@code key} is what was grouped on (a category name, an id, 2026-03). */
	public record Row(String key, String label, String currency, long count, long totalCents) {
	}

	public record Total(String currency, long count, long totalCents) {
	}

	/** The chart shows the currency with the most money; the rows and totals show every currency. */
	public record Report(GroupBy groupBy, List<Row> rows, List<Total> totals, @Nullable DashboardChart chart) {
	}

	public Report report(OrganizationId organization, Actor actor, GroupBy groupBy, ExpenseFilter filter) {
		ExpenseRules.Viewer viewer = expenses.viewer(organization, actor);
		record Sum(String key, String currency, long count, long cents) {
		}
		List<Sum> sums = transactions.call(organization, actor, () -> {
			StringBuilder sql = new StringBuilder("select " + groupBy.sql + " as key, e.currency, count(*), sum(e.amount_cents)"
					+ ExpenseRepository.FROM + " where e.organization_id = ? and e.amount_cents is not null");
			List<Object> params = new ArrayList<>(List.of(organization.value()));
			filter.appendTo(sql, params, Expenses.onlyOf(viewer));
			if (filter.status() == null) {
				sql.append(" and e.status in ('SUBMITTED', 'APPROVED', 'REIMBURSED')");
			}
			sql.append(" group by 1, 2 order by ").append(groupBy == GroupBy.MONTH ? "1, 2" : "4 desc, 1, 2");
			return jdbc.sql(sql.toString()).params(params)
				.query((rs, n) -> new Sum(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
		});
		Map<String, String> labels = labels(organization, groupBy, sums.stream().map(Sum::key).distinct().toList());
		List<Row> rows = sums.stream()
			.map(sum -> new Row(sum.key(), labels.getOrDefault(sum.key(), sum.key()), sum.currency(), sum.count(), sum.cents()))
			.toList();
		Map<String, Total> totals = new LinkedHashMap<>();
		rows.forEach(row -> totals.merge(row.currency(), new Total(row.currency(), row.count(), row.totalCents()),
				(a, b) -> new Total(a.currency(), a.count() + b.count(), a.totalCents() + b.totalCents())));
		List<Total> byCurrency = totals.values().stream()
			.sorted((a, b) -> Long.compare(b.totalCents(), a.totalCents())).toList();
		return new Report(groupBy, rows, byCurrency, chart(rows, byCurrency));
	}

	private static @Nullable DashboardChart chart(List<Row> rows, List<Total> totals) {
		if (totals.isEmpty()) {
			return null;
		}
		String currency = totals.getFirst().currency();
		List<Row> shown = rows.stream().filter(row -> row.currency().equals(currency)).toList();
		return DashboardChart.bars(shown.stream().map(Row::label).toList(),
				List.of(new DashboardChart.Series("Total", shown.stream().map(Row::totalCents).toList())), currency);
	}

	/** What people read for each key: names for people and events, words for types and empty keys. */
	private Map<String, String> labels(OrganizationId organization, GroupBy groupBy, Collection<String> keys) {
		Map<String, String> labels = new LinkedHashMap<>();
		switch (groupBy) {
			case CATEGORY -> keys.forEach(key -> labels.put(key, key.isEmpty() ? "No category" : key));
			case TYPE -> keys.forEach(key -> labels.put(key, capitalized(key)));
			case MONTH -> keys.forEach(key -> labels.put(key, key.isEmpty() ? "No date" : key));
			case PERSON -> {
				Map<UUID, String> people = expenses.people(organization);
				keys.forEach(key -> labels.put(key, people.getOrDefault(UUID.fromString(key), "Former member")));
			}
			case EVENT -> {
				List<UUID> ids = keys.stream().filter(key -> !key.isEmpty()).map(UUID::fromString).toList();
				Map<UUID, String> names = eventNames(organization, ids);
				keys.forEach(key -> labels.put(key, key.isEmpty() ? "No event"
						: names.getOrDefault(UUID.fromString(key), "Event " + key.substring(0, 8))));
			}
		}
		return labels;
	}

	Map<UUID, String> eventNames(OrganizationId organization, Collection<UUID> ids) {
		return events.names(organization, ids);
	}

	private static String capitalized(String key) {
		String lower = key.toLowerCase(Locale.ROOT);
		return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
