package com.growthhub.platform.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart in a dashboard widget, as data: the API serves it as JSON, the page draws it with Chart.js
 * ({@code fragments/chart :: chart}). Money series are in cents with their {@code currency}, so both can format them.
 *
 * @param type {@code bar} or {@code line}
 * @param currency the ISO code when the values are cents of money, else {@code null} for plain counts
 */
public record DashboardChart(String type, List<String> labels, List<Series> series, @Nullable String currency) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Series(String label, List<Long> values) {
	}

	public static DashboardChart bars(List<String> labels, List<Series> series, @Nullable String currency) {
		return new DashboardChart("bar", labels, series, currency);
	}

	/** This chart as the JSON its canvas carries in {@code data-chart}: the CSP allows the page no inline script. */
	public String json() {
		return JSON.writeValueAsString(this);
	}

	public static DashboardChart lines(List<String> labels, List<Series> series) {
		return new DashboardChart("line", labels, series, null);
	}
}
