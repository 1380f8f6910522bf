package com.growthhub.journeys.internal;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.ServiceOffer;
import com.growthhub.pipeline.ServiceOffers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Active clients: a contact who agreed to services on a journey. One per contact; later journeys that end in
 * an agreement add their services to the same client.
 */
@Service
public class ActiveClients {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Journeys journeys;
	private final ContactDirectory contacts;
	private final ServiceOffers catalog;

	ActiveClients(JdbcClient jdbc, TenantTransactions transactions, Journeys journeys, ContactDirectory contacts,
			ServiceOffers catalog) {
		this.contacts = contacts;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.journeys = journeys;
		this.catalog = catalog;
	}

	/** A service bought at a price; without a price the catalog's price (or 0) applies. */
	public record Purchase(UUID serviceId, @Nullable Long priceCents) {
	}

	public record ClientService(UUID serviceId, String code, String name, long priceCents, String currency,
			@Nullable UUID journeyId) {
	}

	public record ActiveClient(UUID id, UUID contactId, Instant createdAt, List<ClientService> services,
			List<UUID> journeyIds) {
	}

	public record Page(List<ActiveClient> items, @Nullable String nextCursor) {
	}

	/**
	 * "Agreed to service", recorded by a person: only from in progress; creates or reuses the contact's active
	 * client.
	 */
	public ActiveClient agree(OrganizationId organization, Actor actor, UUID journeyId, List<Purchase> purchases) {
		for (int i = 0; i < purchases.size(); i++) {
			Long price = purchases.get(i).priceCents();
			if (price != null && price < 0) {
				throw JourneyInputException.field("services[" + i + "].priceCents", "must not be negative");
			}
		}
		UUID agreedBy = actor.requireUserId();
		journeys.checkVisible(organization, actor, journeyId);
		return transactions.call(organization, actor, () -> {
			JourneyView journey = journeys.load(organization, journeyId);
			if (!journey.status().canMoveTo(JourneyStatus.ACTIVE_CLIENT)) {
				throw JourneyConflictException.transition(journey.status(), JourneyStatus.ACTIVE_CLIENT);
			}
			Map<UUID, ServiceOffer> offers = journeys.checkServices(organization,
					purchases.stream().map(Purchase::serviceId).distinct().toList());
			UUID clientId = jdbc.sql("""
					insert into active_clients (id, organization_id, contact_id, created_by) values (?, ?, ?, ?)
					on conflict (organization_id, contact_id) do update set contact_id = excluded.contact_id
					returning id
					""").params(Ids.next(), organization.value(), journey.contactId(), agreedBy).query(UUID.class).single();
			for (Purchase purchase : purchases) {
				ServiceOffer offer = Objects.requireNonNull(offers.get(purchase.serviceId()), "checked above");
				long price = Objects.requireNonNullElse(purchase.priceCents(), Objects.requireNonNullElse(offer.priceCents(), 0L));
				jdbc.sql("""
						insert into client_services (id, organization_id, active_client_id, journey_id, service_id, price_cents, currency)
						values (?, ?, ?, ?, ?, ?, ?)
						""").params(Ids.next(), organization.value(), clientId, journeyId, offer.id(), price, offer.currency())
							.update();
			}
			journeys.moveTo(organization, journeyId, JourneyStatus.ACTIVE_CLIENT, clientId, actor);
			return load(organization, clientId);
		});
	}

	public ActiveClient get(OrganizationId organization, Actor actor, UUID id) {
		Optional<Set<ContactId>> visible = contacts.visibleOnly(organization, actor);
		ActiveClient client = transactions.call(organization, actor, () -> load(organization, id));
		if (Journeys.hidden(visible, client.contactId())) {
			throw NotFoundException.of("Active client");
		}
		return client;
	}

	public Page list(OrganizationId organization, Actor actor, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		Optional<Set<ContactId>> visible = contacts.visibleOnly(organization, actor);
		return transactions.call(organization, actor, () -> {
			String sql = "select id from active_clients where organization_id = ?"
					+ (visible.isPresent() ? " and contact_id = any(?)" : "")
					+ (cursor == null ? "" : " and (created_at, id) < (?::timestamptz, ?)")
					+ " order by created_at desc, id desc limit " + (size + 1);
			List<Object> params = new ArrayList<>(List.of(organization.value()));
			visible.ifPresent(ids -> params.add(ids.stream().map(ContactId::value).toArray(UUID[]::new)));
			if (cursor != null) {
				params.add(java.sql.Timestamp.from(cursor.instant()));
				params.add(cursor.id());
			}
			List<UUID> ids = jdbc.sql(sql).params(params).query(UUID.class).list();
			List<ActiveClient> items = loadAll(organization, ids.stream().limit(size).toList());
			String next = ids.size() > size ? new PageCursor(items.getLast().createdAt(), items.getLast().id()).encode() : null;
			return new Page(items, next);
		});
	}

	ActiveClient load(OrganizationId organization, UUID id) {
		List<ActiveClient> found = loadAll(organization, List.of(id));
		if (found.isEmpty()) {
			throw NotFoundException.of("Active client");
		}
		return found.getFirst();
	}

	/** The clients with these ids in the given order, in four statements however many there are. */
	List<ActiveClient> loadAll(OrganizationId organization, List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		UUID[] keys = ids.toArray(UUID[]::new);
		record Sold(UUID clientId, UUID serviceId, long priceCents, String currency, @Nullable UUID journeyId) {
		}
		List<Sold> sold = jdbc.sql("""
				select active_client_id as client_id, service_id, price_cents, currency, journey_id from client_services
				where organization_id = ? and active_client_id = any(?) order by created_at, id
				""").params(organization.value(), keys).query(Sold.class).list();
		Map<UUID, ServiceOffer> offers = catalog.byIds(organization,
				sold.stream().map(Sold::serviceId).distinct().toList());
		Map<UUID, List<ClientService>> services = new HashMap<>();
		sold.stream().filter(s -> offers.containsKey(s.serviceId())).forEach(s -> {
			ServiceOffer offer = offers.get(s.serviceId());
			services.computeIfAbsent(s.clientId(), k -> new ArrayList<>()).add(new ClientService(s.serviceId(), offer.code(),
					offer.name(), s.priceCents(), s.currency(), s.journeyId()));
		});
		Map<UUID, List<UUID>> journeys = new HashMap<>();
		jdbc.sql("""
				select active_client_id, id from journeys where organization_id = ? and active_client_id = any(?)
				order by created_at, id
				""").params(organization.value(), keys).query((ResultSet rs) -> {
					journeys.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
				});
		Map<UUID, ActiveClient> clients = new HashMap<>();
		jdbc.sql("select id, contact_id, created_at from active_clients where organization_id = ? and id = any(?)")
			.params(organization.value(), keys)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				return new ActiveClient(id, rs.getObject(2, UUID.class), rs.getTimestamp(3).toInstant(),
						services.getOrDefault(id, List.of()), journeys.getOrDefault(id, List.of()));
			})
			.list().forEach(client -> clients.put(client.id(), client));
		return ids.stream().map(clients::get).filter(Objects::nonNull).toList();
	}
}
