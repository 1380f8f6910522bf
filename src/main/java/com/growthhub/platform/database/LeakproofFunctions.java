package com.growthhub.platform.database;

import java.util.List;

/**
 * Under row-level security PostgreSQL uses an index for a condition only if every function in it is
 * LEAKPROOF (otherwise it could run on rows the policy hides). These built-ins back our full-text,
 * jsonb and prefix searches; none of them can reveal anything but their result, so they are marked
 * leakproof once, as superuser: by the embedded launcher itself, and by hand on an external database
 * (see the README). Without it those searches fall back to sequential scans.
 */
public final class LeakproofFunctions {

	public static final List<String> NAMES = List.of("to_tsvector(regconfig, text)", "ts_match_vq(tsvector, tsquery)",
			"jsonb_contains(jsonb, jsonb)", "textlike(text, text)");

	private LeakproofFunctions() {
	}

	/** The SQL an administrator runs once, as superuser, in GrowthHub's database. */
	public static String statements() {
		return String.join(" ", NAMES.stream().map(name -> "alter function " + name + " leakproof;").toList());
	}
}
