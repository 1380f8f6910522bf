package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactId;
import com.growthhub.eventplanning.AttendeeCheckedIn;
import com.growthhub.eventplanning.EventId;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Check-in and check-out at the door, by a scanned pass or by hand, and attendance at agenda items. Every scan is
 * recorded with its time. The attendee's row is locked for the scan, so the same code scanned twice at once counts
 * once: the second scan sees the first and is answered as a repeat.
 */
@Service
public class CheckIns {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;
	private final Attendees attendees;
	private final PassCodes codes;
	private final ApplicationEventPublisher publisher;

	CheckIns(JdbcClient jdbc, TenantTransactions transactions, Events events, Attendees attendees, PassCodes codes,
			ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.attendees = attendees;
		this.codes = codes;
		this.publisher = publisher;
	}

	/**
	 * What a scan did. {@code repeated}: the person was already in (or already seen at this agenda item) when the scan
	 * came; {@code since} is when they were first seen.
	 */
	public record Scan(AttendeeView attendee, String eventTitle, @Nullable UUID agendaItemId, boolean repeated,
			Instant scannedAt, @Nullable Instant since) {
	}

	/** Checks in the holder of a pass code at its event (or at one of its agenda items). */
	public Scan checkInByCode(OrganizationId organization, Actor actor, String code, @Nullable UUID agendaItemId) {
		return checkInByCode(organization, actor, code, agendaItemId, null);
	}

	/** As {@link #checkInByCode(OrganizationId, Actor, String, UUID)} at a station of one event: another event's pass is refused. */
	public Scan checkInByCode(OrganizationId organization, Actor actor, String code, @Nullable UUID agendaItemId,
			@Nullable UUID atEvent) {
		UUID attendeeId = codes.attendee(code).orElseThrow(() -> NotFoundException.of("Pass"));
		return transactions.call(organization, actor, () -> {
			AttendeeView attendee = attendees.lockById(organization, attendeeId).orElseThrow(() -> NotFoundException.of("Pass"));
			if (atEvent != null && !atEvent.equals(attendee.eventId())) {
				throw EventConflictException.otherEvent();
			}
			return scan(organization, actor, attendee, agendaItemId);
		});
	}

	public Scan checkIn(OrganizationId organization, Actor actor, UUID eventId, UUID attendeeId,
			@Nullable UUID agendaItemId) {
		return transactions.call(organization, actor,
				() -> scan(organization, actor, attendees.lock(organization, eventId, attendeeId), agendaItemId));
	}

	/** A check-in of the attendee, whose row the caller locked. */
	private Scan scan(OrganizationId organization, Actor actor, AttendeeView attendee, @Nullable UUID agendaItemId) {
		UUID eventId = attendee.eventId();
		EventView event = events.load(organization, eventId);
		if (event.status() != EventStatus.PUBLISHED && event.status() != EventStatus.COMPLETED) {
			throw EventConflictException.notCheckingIn(event.status());
		}
		if (agendaItemId != null && !agendaItemOf(organization, eventId, agendaItemId)) {
			throw NotFoundException.of("Agenda item");
		}
		Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		Scan atDoor = door(organization, actor, event, attendee, now, agendaItemId == null);
		if (agendaItemId == null) {
			return atDoor;
		}
		Instant seen = jdbc.sql("""
				select scanned_at from event_scans where attendee_id = ? and agenda_item_id = ? and kind = 'CHECK_IN'
				order by scanned_at limit 1
				""").params(attendee.id(), agendaItemId).query(java.sql.Timestamp.class).optional()
			.map(java.sql.Timestamp::toInstant).orElse(null);
		record(organization, actor, eventId, attendee.id(), agendaItemId, "CHECK_IN", seen != null, now);
		return new Scan(atDoor.attendee(), event.title(), agendaItemId, seen != null, now, seen);
	}

	/**
	 * The door: a registered person (or a no-show turning up late) comes in; someone who had checked out comes back;
	 * someone inside is a repeat. A scan at an agenda item lets a person in at the door first (recorded as a door scan
	 * too), but is no repeat at the door.
	 */
	private Scan door(OrganizationId organization, Actor actor, EventView event, AttendeeView attendee, Instant now,
			boolean recordHere) {
		UUID attendeeId = attendee.id();
		if (attendee.present()) {
			if (recordHere) {
				record(organization, actor, event.id(), attendeeId, null, "CHECK_IN", true, now);
			}
			return new Scan(attendee, event.title(), null, true, now, attendee.checkedInAt());
		}
		if (attendee.status() == AttendeeStatus.ATTENDED) {
			jdbc.sql("update event_attendees set checked_out_at = null, updated_at = now() where id = ?").param(attendeeId).update();
		}
		else if (attendee.status().canMoveTo(AttendeeStatus.ATTENDED)) {
			jdbc.sql("""
					update event_attendees set status = 'ATTENDED', checked_in_at = ?, checked_out_at = null, updated_at = now()
					where id = ?
					""").params(java.sql.Timestamp.from(now), attendeeId).update();
			publisher.publishEvent(new AttendeeCheckedIn(organization, EventId.of(event.id()), attendeeId,
					attendee.contactId() == null ? null : ContactId.of(attendee.contactId()), attendee.userId(), event.title(),
					now));
		}
		else {
			throw EventConflictException.attendee(attendee.status(), "checked in");
		}
		record(organization, actor, event.id(), attendeeId, null, "CHECK_IN", false, now);
		// As the row now is, without reading it again: a returning person keeps their first check-in time.
		AttendeeView inside = new AttendeeView(attendeeId, attendee.eventId(), attendee.contactId(), attendee.userId(),
				attendee.name(), attendee.email(), AttendeeStatus.ATTENDED, attendee.registeredAt(),
				attendee.status() == AttendeeStatus.ATTENDED ? attendee.checkedInAt() : now, null, attendee.cancelledAt());
		return new Scan(inside, event.title(), null, false, now, null);
	}

	public Scan checkOut(OrganizationId organization, Actor actor, UUID eventId, UUID attendeeId) {
		return transactions.call(organization, actor, () -> {
			AttendeeView attendee = attendees.lock(organization, eventId, attendeeId);
			EventView event = events.load(organization, eventId);
			if (attendee.status() != AttendeeStatus.ATTENDED) {
				throw EventConflictException.attendee(attendee.status(), "checked out");
			}
			Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
			if (attendee.checkedOutAt() != null) {
				record(organization, actor, eventId, attendeeId, null, "CHECK_OUT", true, now);
				return new Scan(attendee, event.title(), null, true, now, attendee.checkedOutAt());
			}
			jdbc.sql("update event_attendees set checked_out_at = ?, updated_at = now() where id = ?")
				.params(java.sql.Timestamp.from(now), attendeeId).update();
			record(organization, actor, eventId, attendeeId, null, "CHECK_OUT", false, now);
			return new Scan(attendees.load(organization, eventId, attendeeId), event.title(), null, false, now, null);
		});
	}

	private boolean agendaItemOf(OrganizationId organization, UUID eventId, UUID itemId) {
		return jdbc.sql("select exists (select 1 from event_agenda_items where organization_id = ? and event_id = ? and id = ?)")
			.params(organization.value(), eventId, itemId).query(Boolean.class).single();
	}

	private void record(OrganizationId organization, Actor actor, UUID eventId, UUID attendeeId, @Nullable UUID agendaItemId,
			String kind, boolean repeated, Instant at) {
		jdbc.sql("""
				insert into event_scans (id, organization_id, event_id, attendee_id, agenda_item_id, kind, repeated, scanned_by, scanned_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").params(Ids.next(), organization.value(), eventId, attendeeId, agendaItemId, kind, repeated, actor.userId(),
				java.sql.Timestamp.from(at)).update();
	}
}
