package com.growthhub.contacts.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDeleted;
import com.growthhub.contacts.ContactId;
import com.growthhub.contacts.ContactRetention;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Contacts' side of the retention job. Every purge call is its own transaction (the caller holds none), and picks its
 * rows with {@code for update skip locked}: a contact being saved right now is simply left for the next batch.
 */
@Service
class ContactRecordRetention implements ContactRetention {

	private static final Actor JOB = new Actor.Job("retention");

	/** A lead is anything a contact can be before it becomes a client. */
	private static final String EXPIRED_LEAD = """
			organization_id = ? and deleted_at is null and type <> 'CLIENT'
			and updated_at < ? and coalesce(last_interaction_at, updated_at) < ?
			""";

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final ContactSettingsStore settings;
	private final ApplicationEventPublisher events;

	ContactRecordRetention(JdbcClient jdbc, TenantTransactions transactions, ContactSettingsStore settings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.events = events;
	}

	@Override
	public Expired expiredLeads(OrganizationId organization, Instant cutoff) {
		Timestamp at = Timestamp.from(cutoff);
		return transactions.call(organization, JOB, () -> jdbc.sql("select count(*), min(created_at) from contacts where "
				+ EXPIRED_LEAD).params(organization.value(), at, at).query(ContactRecordRetention::expired).single());
	}

	@Override
	public int trashLeadsBefore(OrganizationId organization, Instant cutoff, int batchSize) {
		Timestamp at = Timestamp.from(cutoff);
		return transactions.call(organization, JOB, () -> {
			List<UUID> trashed = jdbc.sql("""
					update contacts set deleted_at = now(), updated_at = now(), version = version + 1
					where id in (select id from contacts where %s limit ? for update skip locked)
					returning id
					""".formatted(EXPIRED_LEAD)).params(organization.value(), at, at, batchSize).query(UUID.class).list();
			// As a bulk delete does: one event per contact, so listeners and webhooks see these leads leave too.
			Instant now = Instant.now();
			trashed.forEach(id -> events.publishEvent(new ContactDeleted(organization, ContactId.of(id), null, now)));
			return trashed.size();
		});
	}

	@Override
	public Expired expiredActivities(OrganizationId organization, Instant cutoff) {
		return transactions.call(organization, JOB, () -> jdbc.sql("""
				select count(*), min(occurred_at) from interactions where organization_id = ? and occurred_at < ?
				""").params(organization.value(), Timestamp.from(cutoff)).query(ContactRecordRetention::expired).single());
	}

	@Override
	public int purgeActivitiesBefore(OrganizationId organization, Instant cutoff, int batchSize) {
		return transactions.call(organization, JOB, () -> jdbc.sql("""
				delete from interactions where id in (
				  select id from interactions where organization_id = ? and occurred_at < ?
				  limit ? for update skip locked)
				""").params(organization.value(), Timestamp.from(cutoff), batchSize).update());
	}

	@Override
	public int trashRetentionDays(OrganizationId organization) {
		return transactions.call(organization, JOB, () -> settings.get(organization.value()).trashRetentionDays());
	}

	private static Expired expired(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		Timestamp oldest = row.getTimestamp(2);
		return new Expired(row.getLong(1), oldest == null ? null : oldest.toInstant());
	}
}
