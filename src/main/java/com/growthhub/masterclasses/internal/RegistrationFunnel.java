package com.growthhub.masterclasses.internal;

import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.DealId;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Moves a registration along the masterclass funnel and the registrant's deal with it. Only forward moves happen (see
 * {@link FunnelStatus#canMoveTo}), so a repeated or late signal (an event delivered twice, a heartbeat after the call
 * was booked) changes nothing: callers need no checks of their own.
 */
@Service
public class RegistrationFunnel {

	private static final Actor FUNNEL = new Actor.Job("masterclass-funnel");
	private static final Logger LOG = LoggerFactory.getLogger(RegistrationFunnel.class);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final PipelineFunnel pipeline;

	RegistrationFunnel(JdbcClient jdbc, TenantTransactions transactions, PipelineFunnel pipeline) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.pipeline = pipeline;
	}

	/** True when the registration moved; false when it is unknown (here) or already at or past {@code next}. */
	public boolean advance(OrganizationId organization, UUID registrationId, FunnelStatus next) {
		return advance(organization, FUNNEL, registrationId, next);
	}

	public boolean advance(OrganizationId organization, Actor actor, UUID registrationId, FunnelStatus next) {
		return transactions.call(organization, actor, () -> {
			Optional<Row> found = jdbc.sql("""
					select r.funnel_status, r.contact_id, m.title
					from masterclass_registrations r join masterclasses m on m.id = r.masterclass_id
					where r.organization_id = ? and r.id = ? for update of r""")
				.params(organization.value(), registrationId)
				.query((rs, n) -> new Row(FunnelStatus.fromKey(rs.getString(1)).orElseThrow(),
						rs.getObject(2, UUID.class), rs.getString(3)))
				.optional();
			if (found.isEmpty() || !found.get().status().canMoveTo(next)) {
				return false;
			}
			Row row = found.get();
			jdbc.sql("update masterclass_registrations set funnel_status = ?, updated_at = now() where id = ?")
				.params(next.key(), registrationId).update();
			if (row.contactId() != null) {
				ContactId contact = ContactId.of(row.contactId());
				afterCommit(() -> moveDealOnItsOwn(organization, actor, registrationId, contact, next, row.title()));
			}
			return true;
		});
	}

	/**
	 * Opens (or moves) the registrant's deal to the stage of a registration just committed, in a transaction of its own:
	 * called after the class's row lock is released, with no other connection held (a callback after commit would
	 * still hold the registration's connection, and 20 registrations doing that at once starve the pool).
	 */
	void openDeal(OrganizationId organization, Actor actor, UUID registrationId, ContactId contact, FunnelStatus status,
			String title) {
		try {
			transactions.run(organization, actor, () -> pipeline.moveContact(organization, actor, contact,
					PipelineFunnel.MASTERCLASS, status.stageName(), "Masterclass: " + title)
				.ifPresent(deal -> keepDeal(registrationId, deal)));
		}
		catch (RuntimeException ex) {
			LOG.warn("The masterclass deal of contact {} was not opened ({}): {}", contact, status.key(), ex.getMessage());
		}
	}

	/** A registration whose invoice was just issued: Invoiced, its deal follows with {@link #openDeal}. */
	void invoiced(UUID registrationId) {
		jdbc.sql("update masterclass_registrations set funnel_status = 'invoiced', updated_at = now() where id = ?"
				+ " and funnel_status = 'registered'").param(registrationId).update();
	}

	/**
	 * The deal follows once the registration's move is committed, in a transaction of its own: other modules move the
	 * same deal on the same signals (pipeline moves it to Paid on a paid invoice), and their race must not undo the
	 * registration's move. A deal someone else moved first is left where it is.
	 */
	private void moveDealOnItsOwn(OrganizationId organization, Actor actor, UUID registrationId, ContactId contact,
			FunnelStatus status, String title) {
		try {
			transactions.runInNewTransaction(TenantScope.organization(organization, actor),
					() -> moveDeal(organization, actor, contact, status, title)
						.ifPresent(deal -> keepDeal(registrationId, deal)));
		}
		catch (RuntimeException ex) {
			LOG.info("The masterclass deal of contact {} stays where it is ({}): {}", contact, status.key(),
					ex.getMessage());
		}
	}

	private static void afterCommit(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

	/**
	 * Registered may open the deal; later stages only move an open one, so a won or lost deal is never reopened by a
	 * late signal.
	 */
	Optional<DealId> moveDeal(OrganizationId organization, Actor actor, ContactId contact, FunnelStatus status,
			String title) {
		if (status == FunnelStatus.REGISTERED) {
			return pipeline.moveContact(organization, actor, contact, PipelineFunnel.MASTERCLASS, status.stageName(),
					"Masterclass: " + title);
		}
		return pipeline.moveOpenDeal(organization, actor, contact, PipelineFunnel.MASTERCLASS, status.stageName());
	}

	/** The registration remembers its deal, so that the deal's win finds it by id ({@link FunnelSignals}). */
	void keepDeal(UUID registrationId, DealId deal) {
		jdbc.sql("update masterclass_registrations set deal_id = ? where id = ? and deal_id is distinct from ?")
			.params(deal.value(), registrationId, deal.value()).update();
	}

	private record Row(FunnelStatus status, UUID contactId, String title) {
	}
}
