package com.growthhub.eventplanning.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Putting people on an event's list and taking them off. Each newcomer takes a free seat or joins the waitlist
 * ({@link Seats}); a cancellation frees the seat for the first person waiting. Invitations follow after commit.
 */
@Service
public class Attendees {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;
	private final Seats seats;
	private final ContactDirectory contacts;
	private final Members members;
	private final ApplicationEventPublisher publisher;

	Attendees(JdbcClient jdbc, TenantTransactions transactions, Events events, Seats seats, ContactDirectory contacts,
			Members members, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
		this.seats = seats;
		this.contacts = contacts;
		this.members = members;
		this.publisher = publisher;
	}

	public record Page(List<AttendeeView> items, @Nullable String nextCursor) {
	}

	private record Person(@Nullable UUID contactId, @Nullable UUID userId, String name, @Nullable String email) {
	}

	public AttendeeView add(OrganizationId organization, Actor actor, UUID eventId, NewAttendee who) {
		EventView event = events.get(organization, actor, eventId);
		if (!event.status().open()) {
			throw EventConflictException.closed(event.status());
		}
		Person person = resolve(organization, actor, who);
		try {
			return transactions.call(organization, actor, () -> {
				AttendeeView existing = jdbc.sql("select " + AttendeeView.COLUMNS + """
						from event_attendees where organization_id = ? and event_id = ?
						  and (contact_id = ? or user_id = ?) for update
						""").params(organization.value(), eventId, person.contactId(), person.userId())
					.query(AttendeeView::map).optional().orElse(null);
				if (existing != null && existing.status() != AttendeeStatus.CANCELLED) {
					throw EventConflictException.alreadyAttending(existing.id());
				}
				AttendeeStatus status = seats.take(organization, eventId);
				UUID id = existing != null ? existing.id() : Ids.next();
				if (existing != null) {
					jdbc.sql("""
							update event_attendees set status = ?, registered_at = now(), cancelled_at = null, checked_in_at = null,
							  checked_out_at = null, name = ?, email = ?, updated_at = now()
							where id = ?
							""").params(status.name(), person.name(), person.email(), id).update();
				}
				else {
					jdbc.sql("""
							insert into event_attendees (id, organization_id, event_id, contact_id, user_id, name, email, status, created_by)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?)
							""").params(id, organization.value(), eventId, person.contactId(), person.userId(), person.name(),
							person.email(), status.name(), actor.userId()).update();
				}
				publisher.publishEvent(new InvitationsDue(organization, eventId));
				return load(organization, eventId, id);
			});
		}
		catch (DuplicateKeyException ex) {
			// The same person was added by someone else a moment ago.
			UUID other = transactions.call(organization, actor, () -> jdbc.sql(
					"select id from event_attendees where organization_id = ? and event_id = ? and (contact_id = ? or user_id = ?)")
				.params(organization.value(), eventId, person.contactId(), person.userId()).query(UUID.class).single());
			throw EventConflictException.alreadyAttending(other);
		}
	}

	private Person resolve(OrganizationId organization, Actor actor, NewAttendee who) {
		return switch (who) {
			case NewAttendee.Contact c -> {
				ContactDirectory.Addressee found = contacts.addressee(organization, actor, ContactId.of(c.contactId()));
				yield new Person(c.contactId(), null, found.name(), found.email());
			}
			case NewAttendee.Member m -> {
				Members.Member member = members.find(organization, m.userId())
					.orElseThrow(() -> EventInputException.unusable("userId", "is not a member of this organization"));
				yield new Person(null, member.userId(), member.name(), member.email());
			}
			case NewAttendee.Person p -> {
				String email = p.email().strip().toLowerCase(Locale.ROOT);
				if (p.firstName().isBlank() || p.firstName().length() > 100) {
					throw EventInputException.field("firstName", "must be 1 to 100 characters");
				}
				if (p.lastName() != null && p.lastName().length() > 100) {
					throw EventInputException.field("lastName", "must be at most 100 characters");
				}
				if (!EMAIL.matcher(email).matches()) {
					throw EventInputException.field("email", "is not a valid email address");
				}
				ContactDirectory.Addressee found = contacts.findOrCreate(organization, actor, p.firstName().strip(),
						p.lastName(), email);
				yield new Person(found.id().value(), null, found.name(), found.email() != null ? found.email() : email);
			}
		};
	}

	/** Cancels a registration; a freed seat goes to the first person waiting. */
	public AttendeeView cancel(OrganizationId organization, Actor actor, UUID eventId, UUID attendeeId) {
		return transactions.call(organization, actor, () -> {
			AttendeeView attendee = lock(organization, eventId, attendeeId);
			EventView event = events.load(organization, eventId);
			if (!event.status().open()) {
				throw EventConflictException.closed(event.status());
			}
			if (!attendee.status().canMoveTo(AttendeeStatus.CANCELLED)) {
				throw EventConflictException.attendee(attendee.status(), "cancelled");
			}
			jdbc.sql("update event_attendees set status = 'CANCELLED', cancelled_at = now(), updated_at = now() where id = ?")
				.param(attendeeId).update();
			if (attendee.status().holdsSeat()) {
				seats.free(organization, eventId);
			}
			publisher.publishEvent(new InvitationsDue(organization, eventId));
			return load(organization, eventId, attendeeId);
		});
	}

	public AttendeeView get(OrganizationId organization, Actor actor, UUID eventId, UUID attendeeId) {
		return transactions.call(organization, actor, () -> load(organization, eventId, attendeeId));
	}

	/**
	 * The event's attendees in the order they registered, keyset-paged; {@code q} matches the start of any word of the
	 * name or the email (any case).
	 */
	public Page list(OrganizationId organization, Actor actor, UUID eventId, @Nullable AttendeeStatus status,
			@Nullable String q, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 200);
		return transactions.call(organization, actor, () -> {
			events.load(organization, eventId);
			StringBuilder sql = new StringBuilder("select " + AttendeeView.COLUMNS
					+ " from event_attendees where organization_id = ? and event_id = ?");
			List<Object> params = new ArrayList<>(List.of(organization.value(), eventId));
			if (status != null) {
				sql.append(" and status = ?");
				params.add(status.name());
			}
			if (q != null && !q.isBlank()) {
				String word = q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				sql.append(" and (lower(name) like ? or lower(name) like ? or lower(email) like ?)");
				params.add(word + "%");
				params.add("% " + word + "%");
				params.add(word + "%");
			}
			if (cursor != null) {
				sql.append(" and (registered_at, id) > (?, ?)");
				params.add(Timestamp.from(cursor.instant()));
				params.add(cursor.id());
			}
			sql.append(" order by registered_at, id limit ").append(size + 1);
			List<AttendeeView> rows = jdbc.sql(sql.toString()).params(params).query(AttendeeView::map).list();
			if (rows.size() <= size) {
				return new Page(rows, null);
			}
			AttendeeView last = rows.get(size - 1);
			return new Page(rows.subList(0, size), new PageCursor(last.registeredAt(), last.id()).encode());
		});
	}

	AttendeeView lock(OrganizationId organization, UUID eventId, UUID attendeeId) {
		return jdbc.sql("select " + AttendeeView.COLUMNS
				+ " from event_attendees where organization_id = ? and event_id = ? and id = ? for update")
			.params(organization.value(), eventId, attendeeId)
			.query(AttendeeView::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Attendee"));
	}

	/** The attendee under a row lock, whatever their event; call inside a tenant transaction. */
	java.util.Optional<AttendeeView> lockById(OrganizationId organization, UUID attendeeId) {
		return jdbc.sql("select " + AttendeeView.COLUMNS + " from event_attendees where organization_id = ? and id = ? for update")
			.params(organization.value(), attendeeId)
			.query(AttendeeView::map)
			.optional();
	}

	AttendeeView load(OrganizationId organization, UUID eventId, UUID attendeeId) {
		return jdbc.sql("select " + AttendeeView.COLUMNS
				+ " from event_attendees where organization_id = ? and event_id = ? and id = ?")
			.params(organization.value(), eventId, attendeeId)
			.query(AttendeeView::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Attendee"));
	}
}
