package com.growthhub.journeys.web;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.platform.web.Amount;

/**
 * The "Agreed to service" form as typed: the ticked services, each with the price typed next to it in units
 * ({@code price_<serviceId>}: {@code 250} or {@code 12.50}). A price that is not an amount is kept as typed and
 * marked on the form instead of being sent.
 */
record AgreedPrices(List<UUID> chosen, Map<UUID, String> typed, Set<UUID> invalid) {

	/** Nothing typed yet: the page shows the catalog prices and the journey's services ticked. */
	static final AgreedPrices NONE = new AgreedPrices(List.of(), Map.of(), Set.of());

	static AgreedPrices read(@Nullable List<UUID> services, Map<String, String> form) {
		List<UUID> chosen = services == null ? List.of() : services;
		Map<UUID, String> typed = new HashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("price_")) {
				try {
					typed.put(UUID.fromString(name.substring("price_".length())), value);
				}
				catch (IllegalArgumentException ex) {
					// not a field of this form
				}
			}
		});
		Set<UUID> invalid = new HashSet<>();
		chosen.stream().filter(service -> !readable(typed.get(service))).forEach(invalid::add);
		return new AgreedPrices(chosen, typed, invalid);
	}

	/** Without a price the catalog's applies. Only when nothing is {@link #invalid}. */
	List<ActiveClients.Purchase> purchases() {
		List<ActiveClients.Purchase> purchases = new ArrayList<>();
		for (UUID service : chosen) {
			try {
				purchases.add(new ActiveClients.Purchase(service, cents(typed.get(service))));
			}
			catch (ParseException ex) {
				throw new IllegalStateException("A refused price was sent", ex);
			}
		}
		return purchases;
	}

	public boolean refused() {
		return !invalid.isEmpty();
	}

	/** What the price field of {@code service} shows: what was typed, else the catalog price in units. */
	public String value(UUID service, @Nullable Long catalogCents) {
		String text = typed.get(service);
		return text != null ? text : catalogCents == null ? "" : new Amount(catalogCents).typed();
	}

	/** Whether the box of {@code service} is ticked: as sent, else as the journey was started. */
	public boolean ticked(UUID service, List<UUID> journeyServices) {
		return this == NONE ? journeyServices.contains(service) : chosen.contains(service);
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
}
