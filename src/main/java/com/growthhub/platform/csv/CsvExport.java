package com.growthhub.platform.csv;

import java.util.List;
import java.util.Map;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * One kind of record a person can download as CSV ({@code /exports/<name>.csv}). Implementations read
 * for the organization and the actor they are given, with the visibility rules that apply to that actor, and
 * stream: rows are written as they are read, so any size works.
 */
public interface CsvExport {

	/** The name in the URL, e.g. {@code contacts}. */
	String name();

	/**
	 * Writes the header, then every row that the request's parameters select (the same filters as the
	 * module's list endpoint). Unknown or malformed parameters fail before the first row, as a 400.
	 */
	void write(OrganizationId organization, Actor actor, Map<String, List<String>> parameters, Rows rows);

	/** Where an export writes. */
	interface Rows {

		void header(List<String> names);

		void row(List<String> cells);
	}
}
