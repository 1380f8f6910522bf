package com.growthhub.platform.web;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The options of every currency select, for templates: {@code th:each="c : ${@currencies.all()}"} gives each ISO 4217
 * currency by code, named in the viewer's language ({@code EUR · Euro}).
 */
@Component("currencies")
public class CurrencyChoices {

	public record Choice(String code, String label) {
	}

	public List<Choice> all() {
		Locale locale = LocaleContextHolder.getLocale();
		return Currency.getAvailableCurrencies().stream()
			.sorted(Comparator.comparing(Currency::getCurrencyCode))
			.map(currency -> new Choice(currency.getCurrencyCode(),
					currency.getCurrencyCode() + " · " + currency.getDisplayName(locale)))
			.toList();
	}
}
