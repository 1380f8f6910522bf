package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Notifications;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * Reminds people of a published event its reminder lead time before it starts: the owner and member attendees in the
 * app (and by email when they chose so), contact attendees by email with their pass. Each attendee is marked as
 * reminded in the transaction that writes their reminder (under a row lock that a second runner waits for, then
 * finds them reminded), and the event once all are, so a rerun sends nothing twice and nobody is skipped.
 */
@Service
public class EventReminders {

	private static final Actor JOB = new Actor.Job("event-reminders");
	private static final int BATCH = 200;

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Members members;
	private final Notifications notifications;
	private final Outbox outbox;
	private final PassCodes codes;
	private final ServerAddress server;

	EventReminders(JdbcClient jdbc, TenantTransactions transactions, Members members, Notifications notifications,
			Outbox outbox, PassCodes codes, ServerAddress server) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.members = members;
		this.notifications = notifications;
		this.outbox = outbox;
		this.codes = codes;
		this.server = server;
	}

	private record DueEvent(UUID id, UUID organizationId) {
	}

	private record DueAttendee(UUID id, String name, String email, UUID userId) {
	}

	/** Sends every reminder due at {@code now}; answers how many events were reminded of. */
	public int sendDue(Instant now) {
		List<DueEvent> due = transactions.call(TenantScope.system(JOB), () -> jdbc.sql("""
				select id, organization_id from events
				where status = 'PUBLISHED' and reminded_at is null and starts_at > ?
				  and starts_at - make_interval(mins => reminder_lead_minutes) <= ?
				order by starts_at limit 100
				""").params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now)).query(DueEvent.class).list());
		due.forEach(event -> remind(OrganizationId.of(event.organizationId()), event.id()));
		return due.size();
	}

	private void remind(OrganizationId organization, UUID eventId) {
		while (transactions.callInNewTransaction(TenantScope.organization(organization, JOB),
				() -> remindBatch(organization, eventId)) == BATCH) {
			// next batch
		}
		transactions.callInNewTransaction(TenantScope.organization(organization, JOB), () -> {
			EventView event = jdbc.sql("select " + EventView.COLUMNS + " from events where organization_id = ? and id = ? for update")
				.params(organization.value(), eventId).query(EventView::map).optional().orElse(null);
			if (event == null || event.status() != EventStatus.PUBLISHED) {
				return null;
			}
			int updated = jdbc.sql("update events set reminded_at = now() where id = ? and reminded_at is null").param(eventId).update();
			if (updated == 1) {
				members.find(organization, event.ownerId()).ifPresent(owner -> notifications.send(organization,
						List.of(new Notifications.Recipient(owner.userId(), owner.email())), EventNotificationTypes.EVENT_REMINDER,
						"Your event starts soon: " + event.title(),
						EventInvitations.when(event) + " · " + event.seatsTaken() + " registered.", "/events/" + eventId));
			}
			return null;
		});
	}

	private int remindBatch(OrganizationId organization, UUID eventId) {
		EventView event = jdbc.sql("select " + EventView.COLUMNS + " from events where organization_id = ? and id = ?")
			.params(organization.value(), eventId).query(EventView::map).optional().orElse(null);
		if (event == null || event.status() != EventStatus.PUBLISHED) {
			return 0;
		}
		List<DueAttendee> due = jdbc.sql("""
				select id, name, coalesce(email, '') as email, user_id from event_attendees
				where organization_id = ? and event_id = ? and status = 'REGISTERED' and reminded_at is null
				order by registered_at, id limit ? for update
				""").params(organization.value(), eventId, BATCH).query(DueAttendee.class).list();
		List<Notifications.Recipient> people = new ArrayList<>();
		for (DueAttendee attendee : due) {
			if (attendee.userId() != null) {
				people.add(new Notifications.Recipient(attendee.userId(), attendee.email()));
			}
			else if (!attendee.email().isEmpty()) {
				String pass = server.baseUrl() + "/event-passes/" + codes.of(attendee.id());
				Map<String, Object> model = new HashMap<>();
				model.put("title", "Reminder: " + event.title() + " starts soon");
				model.put("body", "Hello " + attendee.name() + ", " + event.title() + " is on " + EventInvitations.when(event)
						+ (event.venue() != null ? " at " + event.venue() : "") + ". Your pass has your check-in code.");
				model.put("link", pass);
				outbox.enqueue(new EmailRequest(organization, null, attendee.email(), "notification",
						"Reminder: " + event.title(), model, null));
			}
			jdbc.sql("update event_attendees set reminded_at = now() where id = ?").param(attendee.id()).update();
		}
		if (!people.isEmpty()) {
			notifications.send(organization, people, EventNotificationTypes.EVENT_REMINDER, "Starts soon: " + event.title(),
					EventInvitations.when(event), "/events/" + eventId);
		}
		return due.size();
	}
}
