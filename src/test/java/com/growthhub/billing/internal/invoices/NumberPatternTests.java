package com.growthhub.billing.internal.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberPatternTests {

	@Test
	void defaultGivesYearAndFourDigitSequence() {
		assertThat(NumberPattern.INVOICES.format(2026, 1)).isEqualTo("INV-2026-0001");
		assertThat(NumberPattern.INVOICES.format(2026, 12_345)).isEqualTo("INV-2026-12345");
		assertThat(NumberPattern.CREDIT_NOTES.format(2027, 42)).isEqualTo("CN-2027-0042");
	}

	@Test
	void takesShortYearsAndUnpaddedSequences() {
		assertThat(new NumberPattern("{yy}/{seq}").format(2026, 7)).isEqualTo("26/7");
		assertThat(new NumberPattern("ACME{yyyy}#{seq:6}").format(2026, 7)).isEqualTo("ACME2026#000007");
	}

	@Test
	void refusesPatternsThatWouldRepeatOrCannotBeNumbers() {
		assertThat(NumberPattern.problem("INV-{seq:4}")).contains("{yyyy}");
		assertThat(NumberPattern.problem("INV-{yyyy}")).contains("{seq}");
		assertThat(NumberPattern.problem("{yyyy}-{seq}-{seq}")).contains("exactly once");
		assertThat(NumberPattern.problem("INV {yyyy} {seq}")).contains("only letters");
		assertThat(NumberPattern.problem(" ")).isNotNull();
		assertThatThrownBy(() -> new NumberPattern("{seq}")).isInstanceOf(InvoiceInputException.class);
	}
}
