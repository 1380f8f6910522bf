package com.growthhub.analytics.internal.commissions;

import java.util.List;
import java.util.regex.Pattern;

/** The procedure codes every organization has (seed 004); an organization adds its own. */
final class ProcedureCodes {

	static final List<String> BUILT_IN = List.of("BTX", "FILLER", "LASER", "RHINO", "BREAST", "TUMMY", "FACE");

	static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

	private ProcedureCodes() {
	}
}
