package com.growthhub.journeys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import com.growthhub.journeys.internal.ActiveClients;

/**
 * The "Agreed to service" form as typed: the ticked services and the price typed next to each
 * ({@code price_<serviceId>}, in cents; blank keeps the catalog price), with the prices that could not be read.
 */
record AgreementForm(List<UUID> services, Map<String, String> prices, Map<String, String> errors) {

	static final String NAME = "agree";

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
			String price = prices.getOrDefault(PRICE + service, "").strip();
			if (!price.isEmpty() && !price.matches("-?\\d{1,15}")) {
				errors.put(PRICE + service, "must be a whole number of cents");
			}
		}
		return new AgreementForm(ticked, prices, errors);
	}

	List<ActiveClients.Purchase> purchases() {
		return services.stream().map(service -> {
			String price = prices.getOrDefault(PRICE + service, "").strip();
			return new ActiveClients.Purchase(service, price.isEmpty() ? null : Long.parseLong(price));
		}).toList();
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
