package com.growthhub.billing.internal.invoices;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.growthhub.identity.OrganizationSettingsSection;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** Billing settings through {@code GET/PATCH /api/v1/organization}: the invoice number pattern, terms and seller. */
@Component
class BillingSettingsSection implements OrganizationSettingsSection {

	private final BillingSettings settings;

	BillingSettingsSection(BillingSettings settings) {
		this.settings = settings;
	}

	@Override
	public Set<String> keys() {
		return Set.of("invoiceNumberPattern", "paymentTermsDays", "businessName", "businessAddress");
	}

	@Override
	public Map<String, Object> read(OrganizationId organization) {
		BillingSettings.Values values = settings.read(organization, new Actor.Anonymous());
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("invoiceNumberPattern", values.invoiceNumberPattern());
		answer.put("paymentTermsDays", values.paymentTermsDays());
		if (values.businessName() != null) {
			answer.put("businessName", values.businessName());
		}
		if (values.businessAddress() != null) {
			answer.put("businessAddress", values.businessAddress());
		}
		return answer;
	}

	@Override
	public void update(OrganizationId organization, Actor actor, Map<String, @Nullable Object> changes) {
		BillingSettings.Values current = settings.read(organization, actor);
		settings.update(organization, actor, new BillingSettings.Values(
				changes.containsKey("invoiceNumberPattern") ? text(changes, "invoiceNumberPattern", false)
						: current.invoiceNumberPattern(),
				changes.containsKey("paymentTermsDays") ? days(changes.get("paymentTermsDays")) : current.paymentTermsDays(),
				changes.containsKey("businessName") ? text(changes, "businessName", true) : current.businessName(),
				changes.containsKey("businessAddress") ? text(changes, "businessAddress", true) : current.businessAddress()));
	}

	private static String text(Map<String, @Nullable Object> changes, String key, boolean nullable) {
		Object value = changes.get(key);
		if (value == null && nullable) {
			return null;
		}
		if (!(value instanceof String text)) {
			throw InvoiceInputException.field(key, "must be text");
		}
		return text;
	}

	private static int days(@Nullable Object value) {
		if (value instanceof Integer days) {
			return days;
		}
		throw InvoiceInputException.field("paymentTermsDays", "must be a whole number of days from 0 to 365");
	}
}
