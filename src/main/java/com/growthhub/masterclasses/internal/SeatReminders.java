package com.growthhub.masterclasses.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.shared.OrganizationId;

/**
 * Reminds registrants with a seat 24 hours and 1 hour before a published class starts, and at its start. A reminder is
 * due from its lead time until the class ends, only for seats taken before that lead time (who registered an hour
 * before gets no "tomorrow" email) and only its latest one (the 24-hour one is skipped once the 1-hour one is due).
 * Each is claimed on the registration's row ({@code reminders_sent}) in the transaction that queues its email, so it
 * goes out once whatever the scheduler retries or how many nodes sweep.
 */
@Service
public class SeatReminders {

	private static final Actor JOB = new Actor.Job("masterclass-reminders");
	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final MasterclassRepository classes;
	private final SeatMail mail;

	SeatReminders(JdbcClient jdbc, TenantTransactions transactions, MasterclassRepository classes, SeatMail mail) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.classes = classes;
		this.mail = mail;
	}

	private record Due(UUID organizationId, UUID masterclassId, UUID registrationId, String kind) {
	}

	/** Sends the reminders due at {@code now}; answers how many went out. */
	public int sendDue(Instant now) {
		List<Due> due = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select r.organization_id, r.masterclass_id, r.id as registration_id, k.kind
				from masterclass_registrations r
				join masterclasses m on m.id = r.masterclass_id
				cross join (values ('24h', interval '24 hours'), ('1h', interval '1 hour'), ('start', interval '0'))
				  as k (kind, lead)
				where r.has_seat and r.contact_id is not null and r.funnel_status <> 'invoiced'
				  and m.status in ('published', 'live') and m.starts_at - k.lead <= :now and m.ends_at > :now
				  and r.created_at < m.starts_at - k.lead
				  and not (k.kind = '24h' and m.starts_at - interval '1 hour' <= :now)
				  and not (k.kind = '1h' and m.starts_at <= :now)
				  and not (k.kind = any (r.reminders_sent))
				order by m.starts_at limit :batch""").param("now", Timestamp.from(now)).param("batch", BATCH)
			.query(Due.class).list());
		int sent = 0;
		for (Due reminder : due) {
			OrganizationId organization = OrganizationId.of(reminder.organizationId());
			boolean delivered = transactions.callInNewTransaction(TenantScope.organization(organization, JOB), () -> {
				boolean claimed = jdbc.sql("""
						update masterclass_registrations set reminders_sent = array_append(reminders_sent, ?)
						where id = ? and not (? = any (reminders_sent))""")
					.params(reminder.kind(), reminder.registrationId(), reminder.kind()).update() == 1;
				if (!claimed) {
					return false;
				}
				MasterclassView masterclass = classes.find(organization, reminder.masterclassId()).orElseThrow();
				SeatMail.Registrant registrant = jdbc.sql("""
						select id, contact_id, name, email from masterclass_registrations where id = ?""")
					.param(reminder.registrationId())
					.query((rs, n) -> new SeatMail.Registrant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
							rs.getString(3), rs.getString(4)))
					.single();
				// A fresh personal link: the confirmation's token was never stored, so it cannot be repeated.
				String token = JoinTokens.newToken();
				jdbc.sql("insert into masterclass_join_links (token_hash, organization_id, registration_id) values (?, ?, ?)")
					.params(JoinTokens.hash(token), organization.value(), reminder.registrationId()).update();
				mail.remind(organization, masterclass, registrant, token, switch (reminder.kind()) {
					case "24h" -> "tomorrow";
					case "1h" -> "in one hour";
					default -> "starts now";
				});
				return true;
			});
			sent += delivered ? 1 : 0;
		}
		return sent;
	}
}
