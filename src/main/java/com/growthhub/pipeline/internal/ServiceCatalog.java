package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** The services or procedures (BTX, FILLER, …) deals are about. */
@Service
public class ServiceCatalog {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final OrganizationPreferences preferences;

	ServiceCatalog(JdbcClient jdbc, TenantTransactions transactions, OrganizationPreferences preferences) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.preferences = preferences;
	}

	public record ServiceView(UUID id, String code, String name, @Nullable Long priceCents, String currency,
			boolean archived) {
	}

	public List<ServiceView> list(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, code, name, price_cents, currency, archived from services
				where organization_id = ? order by archived, code
				""").param(organization.value()).query(ServiceView.class).list());
	}

	/** The services not archived, as the pickers offer them. */
	public List<ServiceView> live(OrganizationId organization, Actor actor) {
		return transactions.call(organization, actor, () -> jdbc.sql("""
				select id, code, name, price_cents, currency, archived from services
				where organization_id = ? and not archived order by code
				""").param(organization.value()).query(ServiceView.class).list());
	}

	/** The currency new services are in unless they name another: the organization's default. */
	public String defaultCurrency(OrganizationId organization) {
		return preferences.defaultCurrency(organization);
	}

	/** A service without a currency is in the organization's default currency. */
	public ServiceView create(OrganizationId organization, Actor actor, String code, String name, @Nullable Long priceCents,
			@Nullable String currency) {
		String key = code.strip().toUpperCase(Locale.ROOT);
		checks(code, name, priceCents, currency).orThrow();
		return transactions.call(organization, actor, () -> {
			try {
				return jdbc.sql("""
						insert into services (id, organization_id, code, name, price_cents, currency)
						values (?, ?, ?, ?, ?, ?)
						returning id, code, name, price_cents, currency, archived
						""").params(Ids.next(), organization.value(), key, name.strip(), priceCents,
						currency == null ? preferences.defaultCurrency(organization) : currency.strip().toUpperCase(Locale.ROOT))
					.query(ServiceView.class).single();
			}
			catch (DuplicateKeyException ex) {
				throw PipelineConflictException.nameTaken("service", "code");
			}
		});
	}

	/** What is wrong with a new service's fields, by field, without creating it; empty when nothing is. */
	public Map<String, String> problems(String code, String name, @Nullable Long priceCents, @Nullable String currency) {
		return checks(code, name, priceCents, currency).found();
	}

	private static FieldChecks checks(String code, String name, @Nullable Long priceCents, @Nullable String currency) {
		return new FieldChecks()
			.matches("code", code.strip().toUpperCase(Locale.ROOT), "[A-Z0-9][A-Z0-9_-]{0,39}",
					"must be 1 to 40 letters, digits, - or _")
			.text("name", name, true, 120)
			.notNegative("priceCents", priceCents)
			.currency("currency", currency);
	}

	/** Inside a transaction of the organization. */
	boolean exists(OrganizationId organization, UUID serviceId) {
		return jdbc.sql("select exists (select 1 from services where organization_id = ? and id = ?)")
			.params(organization.value(), serviceId).query(Boolean.class).single();
	}
}
