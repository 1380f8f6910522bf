package com.growthhub.contacts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationSettingsSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * The contact rules as organization settings: privacy mode, member visibility, phone region, scoring, trash retention
 * and the standard fields every contact must have.
 */
@Component
public class ContactSettingsSection implements OrganizationSettingsSection {

	private final ContactSettingsStore store;
	private final PhoneNumbers phones;
	private final Interactions interactions;
	private final TenantTransactions transactions;

	ContactSettingsSection(ContactSettingsStore store, PhoneNumbers phones, Interactions interactions,
			TenantTransactions transactions) {
		this.store = store;
		this.phones = phones;
		this.interactions = interactions;
		this.transactions = transactions;
	}

	@Override
	public Set<String> keys() {
		return Set.of("privacyMode", "memberVisibility", "defaultRegion", "scoring", "trashRetentionDays", "requiredFields");
	}

	/** The rules are the organization's, the same whoever asks, so they are read for no actor. */
	@Override
	public Map<String, Object> read(OrganizationId organization) {
		ContactSettings settings = transactions.call(organization, new Actor.Anonymous(),
				() -> store.get(organization.value()));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("privacyMode", settings.privacyMode());
		values.put("memberVisibility", settings.ownOnly() ? "own" : "all");
		values.put("defaultRegion", settings.defaultRegion());
		values.put("scoring", settings.scoring());
		values.put("trashRetentionDays", settings.trashRetentionDays());
		values.put("requiredFields", settings.requiredFields());
		return values;
	}

	/** Changes some of the rules; a new scoring rule rescores every contact in the same transaction. */
	@Override
	public void update(OrganizationId organization, Actor actor, Map<String, @Nullable Object> changes) {
		transactions.run(organization, actor, () -> {
			ContactSettings current = store.get(organization.value());
			boolean privacy = changes.containsKey("privacyMode") ? bool(changes.get("privacyMode")) : current.privacyMode();
			boolean ownOnly = changes.containsKey("memberVisibility") ? visibility(changes.get("memberVisibility"))
					: current.ownOnly();
			String region = changes.containsKey("defaultRegion") ? region(changes.get("defaultRegion")) : current.defaultRegion();
			Map<String, Integer> scoring = changes.containsKey("scoring") ? scoring(changes.get("scoring")) : current.scoring();
			int retention = changes.containsKey("trashRetentionDays") ? retention(changes.get("trashRetentionDays"))
					: current.trashRetentionDays();
			List<String> required = changes.containsKey("requiredFields") ? required(changes.get("requiredFields"))
					: current.requiredFields();
			store.save(organization.value(), new ContactSettings(privacy, ownOnly, region, scoring, retention, required));
			if (!scoring.equals(current.scoring())) {
				interactions.rescore(organization.value(), scoring);
			}
		});
	}

	private static boolean bool(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		throw InvalidContactException.field("privacyMode", "must be true or false");
	}

	private static boolean visibility(@Nullable Object value) {
		String text = value == null ? "" : String.valueOf(value).toLowerCase(Locale.ROOT);
		return switch (text) {
			case "all" -> false;
			case "own" -> true;
			default -> throw InvalidContactException.field("memberVisibility", "must be all or own");
		};
	}

	private String region(@Nullable Object value) {
		String text = value == null ? "" : String.valueOf(value).strip().toUpperCase(Locale.ROOT);
		if (!phones.isRegion(text)) {
			throw InvalidContactException.field("defaultRegion", "must be a two-letter country code such as US or GB");
		}
		return text;
	}

	private static Map<String, Integer> scoring(@Nullable Object value) {
		if (!(value instanceof Map<?, ?> map) || map.size() > 50) {
			throw InvalidContactException.field("scoring", "must be an object of interaction type → points");
		}
		Map<String, Integer> points = new HashMap<>();
		for (var entry : map.entrySet()) {
			if (!(entry.getValue() instanceof Integer number) || number < -1000 || number > 1000
					|| !String.valueOf(entry.getKey()).matches("[a-z][a-z_]{1,39}")) {
				throw InvalidContactException.field("scoring", "maps interaction types to whole points from -1000 to 1000");
			}
			points.put(String.valueOf(entry.getKey()), number);
		}
		return points;
	}

	/** A list of standard field names with firstName among them, answered in the template's order. */
	private static List<String> required(@Nullable Object value) {
		if (!(value instanceof List<?> list)) {
			throw InvalidContactException.field("requiredFields", "must be a list of " + ContactSettings.REQUIRABLE);
		}
		List<Map<String, String>> errors = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!ContactSettings.REQUIRABLE.contains(list.get(i))) {
				errors.add(Map.of("field", "requiredFields[" + i + "]", "message",
						"must be one of " + ContactSettings.REQUIRABLE));
			}
		}
		if (!list.contains("firstName")) {
			errors.add(Map.of("field", "requiredFields", "message", "must include firstName: every contact has one"));
		}
		if (!errors.isEmpty()) {
			throw InvalidContactException.fields(errors);
		}
		return ContactSettings.REQUIRABLE.stream().filter(list::contains).toList();
	}

	private static int retention(@Nullable Object value) {
		if (value instanceof Integer days && days >= 1 && days <= 3650) {
			return days;
		}
		throw InvalidContactException.field("trashRetentionDays", "must be a whole number of days from 1 to 3650");
	}
}
