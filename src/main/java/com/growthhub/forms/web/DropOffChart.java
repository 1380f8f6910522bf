package com.growthhub.forms.web;

import java.util.ArrayList;
import java.util.List;

import com.growthhub.forms.internal.FormAnalytics.Funnel;
import com.growthhub.forms.internal.FormAnalytics.StepFunnel;
import com.growthhub.platform.web.DashboardChart;

/**
 * A form's funnel per step as the page shows it: how many reached each step and how many went no further (the next
 * step's arrivals, or the submissions after the last step, subtracted), as bars (fragments/chart) and as table rows.
 */
record DropOffChart(DashboardChart chart, List<Row> rows) {

	record Row(StepFunnel step, long left) {
	}

	static DropOffChart of(Funnel funnel, String reachedLabel, String leftLabel) {
		List<StepFunnel> steps = funnel.steps();
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			long next = i + 1 < steps.size() ? steps.get(i + 1).reached() : funnel.submissions();
			rows.add(new Row(steps.get(i), Math.max(0, steps.get(i).reached() - next)));
		}
		DashboardChart chart = DashboardChart.bars(
				rows.stream().map(row -> row.step().step() + ". " + row.step().title()).toList(),
				List.of(new DashboardChart.Series(reachedLabel, rows.stream().map(row -> row.step().reached()).toList()),
						new DashboardChart.Series(leftLabel, rows.stream().map(Row::left).toList())),
				null);
		return new DropOffChart(chart, rows);
	}
}
