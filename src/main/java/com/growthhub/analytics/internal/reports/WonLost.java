package com.growthhub.analytics.internal.reports;

/**
 * Deals won and lost in a period, counted on the campaign of the deal's contact under the report's attribution model
 * (its first or last touch as the touches stand now), like every other figure of the row, so a campaign's wins sit
 * beside the leads they came from. The deal's own campaign field is not used: it is whatever the deal was given, not
 * where its contact came from. Counts are currency-free and sit in the campaign's currency row, like leads.
 */
public record WonLost(long won, long lost) {

	public static final WonLost NONE = new WonLost(0, 0);

	public WonLost plus(WonLost other) {
		return new WonLost(won + other.won, lost + other.lost);
	}
}
