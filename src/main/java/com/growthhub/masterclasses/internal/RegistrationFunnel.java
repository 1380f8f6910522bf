package com.growthhub.masterclasses.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.pipeline.PipelineFunnel;
import com.growthhub.platform.tenancy.Actor;
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
				moveDeal(organization, actor, ContactId.of(row.contactId()), next, row.title());
			}
			return true;
		});
	}

	/**
	 * Registered may open the deal; later stages only move an open one, so a won or lost deal is never reopened by a
	 * late signal.
	 */
	void moveDeal(OrganizationId organization, Actor actor, ContactId contact, FunnelStatus status, String title) {
		if (status == FunnelStatus.REGISTERED) {
			pipeline.moveContact(organization, actor, contact, PipelineFunnel.MASTERCLASS, status.stageName(),
					"Masterclass: " + title);
		}
		else {
			pipeline.moveOpenDeal(organization, actor, contact, PipelineFunnel.MASTERCLASS, status.stageName());
		}
	}

	private record Row(FunnelStatus status, UUID contactId, String title) {
	}
}
