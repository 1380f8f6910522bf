package com.growthhub.reviews.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.growthhub.reviews.internal.ReviewInbox;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart in the shape static/js/charts.js draws (that of the platform's dashboard charts), with decimal values: an
 * average rating of 4.33 is no whole number. The page shows the same numbers in a table beside it.
 */
public record ReviewChart(String type, List<String> labels, List<Series> series, @Nullable String currency) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public record Series(String label, List<@Nullable Double> values) {
	}

	static ReviewChart averageRating(List<ReviewInbox.Month> months, String label) {
		return new ReviewChart("line", labels(months),
				List.of(new Series(label, months.stream().map(m -> (Double) m.averageRating()).toList())), null);
	}

	static ReviewChart responseHours(List<ReviewInbox.Month> months, String label) {
		return new ReviewChart("bar", labels(months),
				List.of(new Series(label, months.stream().map(ReviewInbox.Month::medianResponseHours).toList())), null);
	}

	public String json() {
		return JSON.writeValueAsString(this);
	}

	private static List<String> labels(List<ReviewInbox.Month> months) {
		return months.stream().map(ReviewInbox.Month::month).toList();
	}
}
