package com.growthhub.masterclasses.internal.insights;

/** The recorded session of {@link InsightRulesTests} as a finished report, for tests outside this package. */
public final class InsightFixtureReports {

	private InsightFixtureReports() {
	}

	public static InsightReport recordedSession() {
		InsightData data = InsightRulesTests.recordedSession();
		InsightFigures figures = InsightCalculation.of(data);
		return new InsightReport(data.masterclass(), figures, InsightRules.of(figures), null);
	}
}
