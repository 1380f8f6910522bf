package com.growthhub.masterclasses.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import com.growthhub.masterclasses.internal.insights.InsightFigures;
import com.growthhub.platform.web.DashboardChart;

/** The insights page's charts, drawn by the shared chart fragment from the same lists its tables show. */
record InsightCharts(DashboardChart registrations, DashboardChart viewers, DashboardChart chat,
		DashboardChart funnel) {

	static InsightCharts of(InsightFigures f, String registrations, String viewers, String chat, String funnel) {
		return new InsightCharts(
				bars(f.registrationsByDay(), InsightFigures.DayCount::day, InsightFigures.DayCount::count, registrations),
				DashboardChart.lines(labels(f.viewersByMinute()), List.of(new DashboardChart.Series(viewers,
						f.viewersByMinute().stream().map(m -> (long) m.count()).toList()))),
				bars(f.chatByMinute(), m -> InsightFigures.clock(m.minute() * 60), InsightFigures.MinuteCount::count, chat),
				bars(f.funnel(), InsightFigures.FunnelStep::step, InsightFigures.FunnelStep::count, funnel));
	}

	private static List<String> labels(List<InsightFigures.MinuteCount> minutes) {
		return minutes.stream().map(m -> InsightFigures.clock(m.minute() * 60)).toList();
	}

	private static <T> DashboardChart bars(List<T> rows, Function<T, String> label, ToLongFunction<T> value,
			String name) {
		return DashboardChart.bars(rows.stream().map(label).toList(),
				List.of(new DashboardChart.Series(name, rows.stream().map(r -> value.applyAsLong(r)).toList())), null);
	}
}
