package com.growthhub.scheduling.internal.invites;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.scheduling.AppointmentId;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.Appointments;
import com.growthhub.scheduling.internal.invites.AppointmentNotices.Kind;
import com.growthhub.shared.OrganizationId;

/**
 * Reminds the visitor and the rep 24 hours and 1 hour before a scheduled appointment. A reminder is due from its lead
 * time until the start, only when the booking (or the last reschedule) was confirmed before that lead time, so a call
 * booked for this afternoon gets no "tomorrow" email; the 24-hour one is skipped once the 1-hour one is due. Each is
 * claimed per revision, so it goes out once, again after a reschedule, and never for a cancelled or moved-away time.
 */
@Service
public class AppointmentReminders {

	private static final Actor JOB = new Actor.Job("appointment-reminders");
	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Appointments appointments;
	private final AppointmentMail mail;

	AppointmentReminders(JdbcClient jdbc, TenantTransactions transactions, Appointments appointments, AppointmentMail mail) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.appointments = appointments;
		this.mail = mail;
	}

	private record Due(UUID organizationId, UUID id, int sequence, String kind) {
	}

	/** Sends the reminders due at {@code now}; answers how many went out. */
	public int sendDue(Instant now) {
		Timestamp at = Timestamp.from(now);
		List<Due> due = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select a.organization_id, a.id, a.sequence, r.kind
				from scheduling_appointments a
				cross join (values ('reminder_24h', interval '24 hours'), ('reminder_1h', interval '1 hour')) as r (kind, lead)
				join scheduling_appointment_notices c
				  on c.appointment_id = a.id and c.kind = 'confirmation' and c.sequence = a.sequence
				where a.status = 'scheduled' and a.starts_at > :now and a.starts_at - r.lead <= :now
				  and c.sent_at < a.starts_at - r.lead
				  and not (r.kind = 'reminder_24h' and a.starts_at - interval '1 hour' <= :now)
				  and not exists (select 1 from scheduling_appointment_notices n
				                  where n.appointment_id = a.id and n.kind = r.kind and n.sequence = a.sequence)
				order by a.starts_at limit :batch
				""").param("now", at).param("batch", BATCH).query(Due.class).list());
		int sent = 0;
		for (Due reminder : due) {
			OrganizationId organization = OrganizationId.of(reminder.organizationId());
			boolean delivered = transactions.callInNewTransaction(TenantScope.organization(organization, JOB),
					() -> appointments.find(organization, AppointmentId.of(reminder.id()))
						.filter(appointment -> appointment.status() == AppointmentStatus.SCHEDULED
								&& appointment.sequence() == reminder.sequence())
						.map(appointment -> mail.send(appointment,
								"reminder_24h".equals(reminder.kind()) ? Kind.REMINDER_24H : Kind.REMINDER_1H))
						.orElse(false));
			sent += delivered ? 1 : 0;
		}
		return sent;
	}
}
