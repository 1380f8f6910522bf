package com.growthhub.journeys.web;

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.pipeline.ServiceOffer;
import com.growthhub.platform.web.Amount;

/**
 * The "Agreed to service" form as typed: the ticked services and the price typed next to each
 * ({@code price_<serviceId>}, in units: {@code 250} or {@code 12.50}; blank keeps the catalog price), with the prices
 * that are not amounts.
 */
record AgreementForm(List<UUID> services, Map<String, String> prices, Map<String, String> errors) {

	static final String NAME = "agree";

	/** As the pages' {@code typeMismatch} for an {@link Amount} says it. */
	private static final String NOT_AN_AMOUNT = "Enter an amount such as 12.50";

	private static final String PRICE = "price_";
	private static final Pattern SERVICE_FIELD = Pattern.compile("services\\[(\\d+)]\\.priceCents");

	static AgreementForm typed(@Nullable List<UUID> services, Map<String, String> form) {
		Map<String, String> prices = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(PRICE)) {
				prices.put(name, value);
			}
		});
		Map<String, String> errors = new LinkedHashMap<>();
		List<UUID> ticked = services == null ? List.of() : services;
		for (UUID service : ticked) {
			if (!readable(prices.get(PRICE + service))) {
				errors.put(PRICE + service, NOT_AN_AMOUNT);
			}
		}
		return new AgreementForm(ticked, prices, errors);
	}

	/** Only when there are no {@link #errors}. */
	List<ActiveClients.Purchase> purchases() {
		return services.stream().map(service -> {
			try {
				return new ActiveClients.Purchase(service, cents(prices.get(PRICE + service)));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("A refused price was sent", ex);
			}
		}).toList();
	}

	/** What each price input shows before anything is typed: the catalog price in units, blank without one. */
	static Map<UUID, String> catalogPrices(List<ServiceOffer> offered) {
		Map<UUID, String> prices = new LinkedHashMap<>();
		offered.forEach(offer -> prices.put(offer.id(), offer.priceCents() == null ? "" : new Amount(offer.priceCents()).typed()));
		return prices;
	}

	private static boolean readable(@Nullable String text) {
		try {
			cents(text);
			return true;
		}
		catch (ParseException ex) {
			return false;
		}
	}

	private static @Nullable Long cents(@Nullable String text) throws ParseException {
		return text == null || text.isBlank() ? null : Amount.parse(text).cents();
	}

	/** Every input with what it holds: the prices, and the ticked services as one comma-separated value. */
	Map<String, String> inputs() {
		Map<String, String> inputs = new LinkedHashMap<>(prices);
		inputs.put("services", services.stream().map(UUID::toString).collect(Collectors.joining(",")));
		return inputs;
	}

	/** The input showing a field the service named: {@code services[1].priceCents} is the second ticked price. */
	String inputOf(String field) {
		Matcher service = SERVICE_FIELD.matcher(field);
		if (service.matches() && Integer.parseInt(service.group(1)) < services.size()) {
			return PRICE + services.get(Integer.parseInt(service.group(1)));
		}
		return field;
	}
}
