package com.growthhub.media.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardChart;
import com.growthhub.platform.web.DashboardWidget;
import com.growthhub.shared.OrganizationId;

/**
 * "Media drops" on the dashboard: how many items the organization's library holds, by type, and how many were dropped
 * in each of the last twelve weeks. Read from the weekly rollup the triggers keep in the same transaction (V91): a few
 * rows however large the library, and a deleted item is gone at once.
 */
@Component
class MediaDropsWidget implements DashboardWidget {

	static final int WEEKS = 12;
	private static final DateTimeFormatter WEEK_LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	MediaDropsWidget(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String key() {
		return "mediaDrops";
	}

	@Override
	public String title() {
		return "Media drops";
	}

	@Override
	public String fragment() {
		return "media/dashboard-widgets :: drops";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> {
			Map<String, Long> byType = new LinkedHashMap<>();
			for (MediaType type : MediaType.values()) {
				byType.put(type.key(), 0L);
			}
			jdbc.sql("select media_type, sum(items) from media_weekly_counts where organization_id = ? group by media_type")
				.param(organization.value())
				.query(rs -> {
					byType.put(MediaType.valueOf(rs.getString(1)).key(), rs.getLong(2));
				});
			Map<String, Object> figures = new LinkedHashMap<>();
			figures.put("total", byType.values().stream().mapToLong(Long::longValue).sum());
			figures.put("byType", byType);
			figures.put("perWeek", perWeek(organization));
			return figures;
		});
	}

	private DashboardChart perWeek(OrganizationId organization) {
		LocalDate thisWeek = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate first = thisWeek.minusWeeks(WEEKS - 1);
		Map<LocalDate, Long> counts = new HashMap<>();
		jdbc.sql("""
				select week, sum(items) from media_weekly_counts where organization_id = ? and week >= ? group by week
				""").params(organization.value(), first)
			.query(rs -> {
				counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		List<String> labels = new ArrayList<>();
		List<Long> values = new ArrayList<>();
		for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
			labels.add(WEEK_LABEL.format(week));
			values.add(counts.getOrDefault(week, 0L));
		}
		return DashboardChart.bars(labels, List.of(new DashboardChart.Series("Media dropped", values)), null);
	}
}
