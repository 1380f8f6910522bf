package com.growthhub.pipeline.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/** The services or procedures (BTX, FILLER, …) deals are about. */
@Service
public class ServiceCatalog {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	ServiceCatalog(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
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

	public ServiceView create(OrganizationId organization, Actor actor, String code, String name, @Nullable Long priceCents,
			@Nullable String currency) {
		String key = code.strip().toUpperCase(Locale.ROOT);
		new FieldChecks().matches("code", key, "[A-Z0-9][A-Z0-9_-]{0,39}", "must be 1 to 40 letters, digits, - or _")
			.text("name", name, true, 120)
			.notNegative("priceCents", priceCents)
			.matches("currency", currency == null ? null : currency.strip().toUpperCase(Locale.ROOT), "[A-Z]{3}",
					"must be an ISO 4217 currency code such as USD")
			.orThrow();
		return transactions.call(organization, actor, () -> {
			try {
				return jdbc.sql("""
						insert into services (id, organization_id, code, name, price_cents, currency)
						values (?, ?, ?, ?, ?, coalesce(?, 'USD'))
						returning id, code, name, price_cents, currency, archived
						""").params(Ids.next(), organization.value(), key, name.strip(), priceCents,
						currency == null ? null : currency.strip().toUpperCase(Locale.ROOT)).query(ServiceView.class).single();
			}
			catch (DuplicateKeyException ex) {
				throw PipelineConflictException.nameTaken("service", "code");
			}
		});
	}

	/** Inside a transaction of the organization. */
	boolean exists(OrganizationId organization, UUID serviceId) {
		return jdbc.sql("select exists (select 1 from services where organization_id = ? and id = ?)")
			.params(organization.value(), serviceId).query(Boolean.class).single();
	}
}
