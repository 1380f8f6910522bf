package com.growthhub.pipeline.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.pipeline.ServiceOffer;
import com.growthhub.pipeline.ServiceOffers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

@Component
class CatalogServiceOffers implements ServiceOffers {

	/** Who reads the catalog makes no difference to what it shows; a caller's open transaction is joined as it is. */
	private static final Actor READER = new Actor.Anonymous();

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ServiceCatalog catalog;

	CatalogServiceOffers(JdbcClient jdbc, TenantTransactions transactions, ServiceCatalog catalog) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.catalog = catalog;
	}

	@Override
	public List<ServiceOffer> live(OrganizationId organization) {
		return catalog.live(organization, READER).stream().map(CatalogServiceOffers::offer).toList();
	}

	@Override
	public Map<UUID, ServiceOffer> byIds(OrganizationId organization, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return transactions.call(organization, READER, () -> jdbc.sql("""
				select id, code, name, price_cents, currency, archived from services
				where organization_id = ? and id = any(?)
				""").params(organization.value(), ids.toArray(UUID[]::new)).query(ServiceCatalog.ServiceView.class).list())
			.stream().map(CatalogServiceOffers::offer)
			.collect(Collectors.toMap(ServiceOffer::id, Function.identity()));
	}

	private static ServiceOffer offer(ServiceCatalog.ServiceView view) {
		return new ServiceOffer(view.id(), view.code(), view.name(), view.priceCents(), view.currency(), !view.archived());
	}
}
