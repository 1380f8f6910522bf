package com.growthhub.eventplanning.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantScope;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.ServerAddress;
import com.growthhub.shared.OrganizationId;

/**
 * Calendar files to download, and the public pass behind the link in an invitation. A pass answers only for a code
 * this installation made, while its attendee is registered or attended, up to a week after the event; otherwise it
 * is not found, like any unknown address.
 */
@Service
public class EventInvites {

	private static final Actor PASS_READER = new Actor.Job("event-pass");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;
	private final Members members;
	private final CalendarInvites calendar;
	private final PassCodes codes;
	private final QrCodes qr;
	private final ServerAddress server;

	EventInvites(JdbcClient jdbc, TenantTransactions transactions, Events events, Members members,
			CalendarInvites calendar, PassCodes codes, QrCodes qr, ServerAddress server) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.members = members;
		this.calendar = calendar;
		this.codes = codes;
		this.qr = qr;
		this.server = server;
	}

	/** A pass as its public page shows it. */
	public record Pass(String code, AttendeeView attendee, EventView event, String when) {
	}

	/** The event's own invitation, at its revision (cancelled: a cancellation), organized by its owner. */
	public String forEvent(OrganizationId organization, Actor actor, UUID eventId) {
		EventView event = events.get(organization, actor, eventId);
		return calendar.invitation(event, event.status() == EventStatus.CANCELLED, event.revision(),
				organizer(organization, event), null, server.baseUrl() + "/events/" + eventId);
	}

	public Optional<Pass> pass(String code) {
		Optional<UUID> attendeeId = codes.attendee(code);
		if (attendeeId.isEmpty()) {
			return Optional.empty();
		}
		UUID organizationId = transactions.call(TenantScope.system(PASS_READER), () -> jdbc.sql(
				"select organization_id from event_attendees where id = ?").param(attendeeId.get()).query(UUID.class)
			.optional().orElse(null));
		if (organizationId == null) {
			return Optional.empty();
		}
		OrganizationId organization = OrganizationId.of(organizationId);
		return transactions.call(organization, PASS_READER, () -> {
			AttendeeView attendee = jdbc.sql("select " + AttendeeView.COLUMNS + " from event_attendees where organization_id = ? and id = ?")
				.params(organizationId, attendeeId.get()).query(AttendeeView::map).single();
			EventView event = events.load(organization, attendee.eventId());
			boolean valid = attendee.status().holdsSeat() && event.status() != EventStatus.CANCELLED
					&& event.endsAt().plus(java.time.Duration.ofDays(7)).isAfter(Instant.now());
			return valid ? Optional.of(new Pass(code.strip(), attendee, event, EventInvitations.when(event))) : Optional.<Pass>empty();
		});
	}

	public Pass requirePass(String code) {
		return pass(code).orElseThrow(() -> NotFoundException.of("Pass"));
	}

	/** The attendee's own invitation, with the SEQUENCE their last email carried. */
	public String forPass(String code) {
		Pass pass = requirePass(code);
		OrganizationId organization = OrganizationId.of(organizationOf(pass));
		int sequence = transactions.call(organization, PASS_READER, () -> jdbc.sql(
				"select greatest(invite_sequence, 0) from event_attendees where organization_id = ? and id = ?")
			.params(organization.value(), pass.attendee().id()).query(Integer.class).single());
		return calendar.invitation(pass.event(), false, sequence, organizer(organization, pass.event()),
				pass.attendee().email() == null ? null : new CalendarInvites.Invitee(pass.attendee().name(), pass.attendee().email()),
				server.baseUrl() + "/event-passes/" + pass.code());
	}

	public byte[] qrPng(String code) {
		Pass pass = requirePass(code);
		return qr.png(pass.code(), 320);
	}

	private UUID organizationOf(Pass pass) {
		return transactions.call(TenantScope.system(PASS_READER), () -> jdbc.sql(
				"select organization_id from events where id = ?").param(pass.event().id()).query(UUID.class).single());
	}

	private CalendarInvites.@Nullable Organizer organizer(OrganizationId organization, EventView event) {
		return members.find(organization, event.ownerId())
			.map(owner -> new CalendarInvites.Organizer(owner.name(), owner.email()))
			.orElse(null);
	}
}
