package com.growthhub.eventplanning.internal;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.messaging.EmailRequest;
import com.growthhub.messaging.Outbox;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * Brings every attendee's invitation up to date with the event: a registered person whose calendar holds an older
 * revision (or nothing) gets a request with the next SEQUENCE, the calendar file and their pass; someone cancelled,
 * or everyone when the event is cancelled, gets a cancellation. Drafts invite nobody yet. Each email is written in
 * the transaction that records it as sent, under row locks: a second sender waits, then finds those people up to
 * date (PostgreSQL re-checks the condition of a row it waited for), so a rerun or a second node sends nothing twice,
 * and nobody is skipped because someone else held their row for a moment.
 */
@Service
public class EventInvitations {

	private static final int BATCH = 100;
	private static final Actor SENDER = new Actor.Job("event-invitations");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;
	private final Members members;
	private final Outbox outbox;
	private final CalendarInvites calendar;
	private final PassCodes codes;
	private final ServerAddress server;

	EventInvitations(JdbcClient jdbc, TenantTransactions transactions, Events events, Members members, Outbox outbox,
			CalendarInvites calendar, PassCodes codes, ServerAddress server) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.members = members;
		this.outbox = outbox;
		this.calendar = calendar;
		this.codes = codes;
		this.server = server;
	}

	private record Due(UUID id, String name, String email, String status, int inviteSequence) {
	}

	/** Sends what is due for the event; answers how many emails went out. */
	public int bringUpToDate(OrganizationId organization, UUID eventId) {
		int sent = 0;
		while (true) {
			// Joins the listener's own transaction: holding a second connection per listener could starve the pool
			// when hundreds of registrations arrive at once.
			int batch = transactions.call(TenantScope.organization(organization, SENDER), () -> sendBatch(organization, eventId));
			sent += batch;
			if (batch < BATCH) {
				return sent;
			}
		}
	}

	private int sendBatch(OrganizationId organization, UUID eventId) {
		EventView event = jdbc.sql("select " + EventView.COLUMNS + " from events where organization_id = ? and id = ?")
			.params(organization.value(), eventId).query(EventView::map).optional().orElse(null);
		if (event == null || event.status() == EventStatus.DRAFT || event.status() == EventStatus.COMPLETED) {
			return 0;
		}
		boolean eventCancelled = event.status() == EventStatus.CANCELLED;
		List<Due> due = jdbc.sql("""
				select id, name, email, status, invite_sequence from event_attendees
				where organization_id = :org and event_id = :event and email is not null and (
				  (not :cancelled and status in ('REGISTERED', 'ATTENDED') and (invited_revision is distinct from :revision or cancel_sent))
				  or ((:cancelled or status in ('CANCELLED', 'WAITLISTED')) and invited_revision is not null and not cancel_sent))
				order by registered_at, id limit :limit for update
				""").param("org", organization.value()).param("event", eventId).param("cancelled", eventCancelled)
			.param("revision", event.revision()).param("limit", BATCH).query(Due.class).list();
		CalendarInvites.Organizer organizer = members.find(organization, event.ownerId())
			.map(owner -> new CalendarInvites.Organizer(owner.name(), owner.email())).orElse(null);
		for (Due attendee : due) {
			boolean cancel = eventCancelled || !attendee.status().equals("REGISTERED") && !attendee.status().equals("ATTENDED");
			int sequence = attendee.inviteSequence() + 1;
			send(organization, event, attendee, cancel, sequence, organizer);
			jdbc.sql("""
					update event_attendees set invite_sequence = ?, invited_revision = case when ? then invited_revision else ? end,
					  cancel_sent = ?
					where id = ?
					""").params(sequence, cancel, event.revision(), cancel, attendee.id()).update();
		}
		return due.size();
	}

	private void send(OrganizationId organization, EventView event, Due attendee, boolean cancel, int sequence,
			CalendarInvites.@Nullable Organizer organizer) {
		String code = codes.of(attendee.id());
		String pass = server.baseUrl() + "/event-passes/" + code;
		String ics = calendar.invitation(event, cancel, sequence, organizer,
				new CalendarInvites.Invitee(attendee.name(), attendee.email()), pass);
		Map<String, Object> model = new HashMap<>();
		model.put("kind", cancel ? "cancel" : attendee.inviteSequence() < 0 ? "invite" : "update");
		model.put("title", event.title());
		model.put("name", attendee.name());
		model.put("when", when(event));
		model.put("place", event.venue());
		model.put("onlineUrl", event.onlineUrl());
		model.put("code", code);
		model.put("passUrl", pass);
		model.put("qrUrl", pass + "/qr.png");
		model.put("icsUrl", pass + "/invite.ics");
		String subject = (cancel ? "Cancelled: " : attendee.inviteSequence() < 0 ? "Invitation: " : "Updated: ") + event.title();
		outbox.enqueue(new EmailRequest(organization, null, attendee.email(), "event-invitation", subject, model, null,
				List.of(new EmailRequest.Attachment("invite.ics",
						cancel ? CalendarInvites.CONTENT_TYPE_CANCEL : CalendarInvites.CONTENT_TYPE_REQUEST,
						calendar.bytes(ics)))));
	}

	/** "Fri 1 May 2026, 09:00–17:00 (Europe/Berlin)" on the event's own clock. */
	static String when(EventView event) {
		boolean sameDay = event.localStart().toLocalDate().equals(event.localEnd().toLocalDate());
		return DAY.format(event.localStart()) + "–" + (sameDay ? TIME : DAY).format(event.localEnd()) + " ("
				+ event.timeZone() + ")";
	}
}
