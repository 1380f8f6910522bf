package com.growthhub.integrations.internal.connectors.googlesheets;

/**
 * A1 notation on one sheet: {@code 'Sheet name'!B2:D2}. Columns are letters (A … Z, AA … ZZ), rows count from 1; the
 * sheet's name is quoted, with quotes in it doubled, so any name works.
 */
record SheetRange(String sheet) {

	/** Columns A to ZZ: what {@code A1:ZZ} reads. */
	static final int MAX_COLUMNS = 702;

	String all() {
		return quoted() + "!A1:ZZ";
	}

	String headerRow() {
		return quoted() + "!A1:ZZ1";
	}

	String rows(int first, int last) {
		return quoted() + "!A" + first + ":ZZ" + last;
	}

	String cell(int column, int row) {
		return quoted() + "!" + letters(column) + row;
	}

	String column(int column) {
		return quoted() + "!" + letters(column) + ":" + letters(column);
	}

	/** Columns {@code 0 … lastColumn} of one row. */
	String row(int row, int lastColumn) {
		return quoted() + "!A" + row + ":" + letters(lastColumn) + row;
	}

	/** 0 → A, 25 → Z, 26 → AA. */
	static String letters(int column) {
		StringBuilder letters = new StringBuilder();
		for (int n = column + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private String quoted() {
		return "'" + this.sheet.replace("'", "''") + "'";
	}
}
