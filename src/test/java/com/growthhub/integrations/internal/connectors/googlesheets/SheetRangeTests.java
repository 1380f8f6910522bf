package com.growthhub.integrations.internal.connectors.googlesheets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetRangeTests {

	@Test
	void namesColumnsByLettersUpToZz() {
		assertThat(SheetRange.letters(0)).isEqualTo("A");
		assertThat(SheetRange.letters(25)).isEqualTo("Z");
		assertThat(SheetRange.letters(26)).isEqualTo("AA");
		assertThat(SheetRange.letters(27)).isEqualTo("AB");
		assertThat(SheetRange.letters(SheetRange.MAX_COLUMNS - 1)).isEqualTo("ZZ");
	}

	@Test
	void quotesTheSheetNameWithQuotesDoubled() {
		SheetRange range = new SheetRange("Bob's leads");

		assertThat(range.row(4, 2)).isEqualTo("'Bob''s leads'!A4:C4");
		assertThat(range.column(1)).isEqualTo("'Bob''s leads'!B:B");
		assertThat(range.all()).isEqualTo("'Bob''s leads'!A1:ZZ");
	}
}
