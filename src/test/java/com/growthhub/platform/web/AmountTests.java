package com.growthhub.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Amounts typed the ways people type them, kept in cents; anything else refused. */
class AmountTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "12.50|1250", "12,50|1250", "12|1200", "0|0", "0.5|50", "1,250|125000",
			"1.250|125000", "1,250.75|125075", "1.250,75|125075", "1 250,75|125075", "1'250.75|125075", " 42 |4200",
			"10000000000|1000000000000", "12.505|1250500" })
	void readsTypedAmountsIntoCents(String typed, long cents) throws ParseException {
		assertThat(Amount.parse(typed).cents()).isEqualTo(cents);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "-5", "12.5055", "1,2,3", "12.", "1e5", "10000000000.01", "99999999999999999999" })
	void refusesWhatIsNotAnAmount(String typed) {
		assertThatThrownBy(() -> Amount.parse(typed)).isInstanceOf(ParseException.class);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1250|12.50", "5|0.05", "0|0.00" })
	void showsAnAmountAsItIsTyped(long cents, String typed) throws ParseException {
		assertThat(new Amount(cents).typed()).isEqualTo(typed);
		assertThat(Amount.parse(typed).cents()).isEqualTo(cents);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en-US|125075|USD|$1,250.75", "de-DE|125075|EUR|1.250,75 €",
			"en-US|125075|XYZ|1,250.75 XYZ", "en-US|99||0.99" })
	void formatsMoneyInTheViewersLanguage(String locale, long cents, String currency, String shown) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag(locale));
		try {
			assertThat(new MoneyFormat().format(cents, currency).replace('\u00a0', ' ')).isEqualTo(shown);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}
}
