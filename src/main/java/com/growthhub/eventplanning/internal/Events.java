package com.growthhub.eventplanning.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.identity.Members;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * Creating, reading, changing, moving and deleting events. A change of time, place or title on an event people were
 * invited to raises its revision, and their calendars get the update; cancelling it tells them too.
 */
@Service
public class Events {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final OrganizationPreferences preferences;
	private final Members members;
	private final Seats seats;
	private final ApplicationEventPublisher events;

	Events(JdbcClient jdbc, TenantTransactions transactions, OrganizationPreferences preferences, Members members,
			Seats seats, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.preferences = preferences;
		this.members = members;
		this.seats = seats;
		this.events = events;
	}

	public record Page(List<EventView> items, @Nullable String nextCursor) {
	}

	public EventView create(OrganizationId organization, Actor actor, EventDraft draft) {
		draft.check();
		UUID owner = draft.ownerId() != null ? draft.ownerId() : actor.requireUserId();
		checkOwner(organization, owner);
		return transactions.call(organization, actor, () -> {
			UUID id = Ids.next();
			jdbc.sql("""
					insert into events (id, organization_id, title, description, type, venue, online_url, starts_at, ends_at,
					  time_zone, capacity, budget_cents, currency, owner_id, created_by, reminder_lead_minutes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(id, organization.value(), draft.title(), draft.description(), draft.type().name(), draft.venue(),
					draft.onlineUrl(), Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()),
					Objects.requireNonNullElseGet(draft.timeZone(), () -> preferences.timeZone(organization).getId()),
					draft.capacity(), draft.budgetCents(),
					Objects.requireNonNullElseGet(draft.currency(), () -> preferences.defaultCurrency(organization)), owner,
					actor.userId(), draft.reminderLeadMinutes() == null ? 1440 : draft.reminderLeadMinutes()).update();
			return load(organization, id);
		});
	}

	public EventView get(OrganizationId organization, Actor actor, UUID id) {
		return transactions.call(organization, actor, () -> load(organization, id));
	}

	/**
	 * Events by start, earliest first (or latest first when {@code latestFirst}), keyset-paged on (start, id);
	 * {@code from} and {@code to} bound the start.
	 */
	public Page list(OrganizationId organization, Actor actor, @Nullable EventStatus status, @Nullable Instant from,
			@Nullable Instant to, boolean latestFirst, @Nullable PageCursor cursor, int limit) {
		int size = Math.clamp(limit, 1, 100);
		return transactions.call(organization, actor, () -> {
			StringBuilder sql = new StringBuilder("select " + EventView.COLUMNS + " from events where organization_id = ?");
			List<Object> params = new ArrayList<>(List.of(organization.value()));
			if (status != null) {
				sql.append(" and status = ?");
				params.add(status.name());
			}
			if (from != null) {
				sql.append(" and starts_at >= ?");
				params.add(Timestamp.from(from));
			}
			if (to != null) {
				sql.append(" and starts_at < ?");
				params.add(Timestamp.from(to));
			}
			if (cursor != null) {
				sql.append(latestFirst ? " and (starts_at, id) < (?, ?)" : " and (starts_at, id) > (?, ?)");
				params.add(Timestamp.from(cursor.instant()));
				params.add(cursor.id());
			}
			String direction = latestFirst ? " desc" : "";
			sql.append(" order by starts_at").append(direction).append(", id").append(direction).append(" limit ").append(size + 1);
			List<EventView> rows = jdbc.sql(sql.toString()).params(params).query(EventView::map).list();
			if (rows.size() <= size) {
				return new Page(rows, null);
			}
			EventView last = rows.get(size - 1);
			return new Page(rows.subList(0, size), new PageCursor(last.startsAt(), last.id()).encode());
		});
	}

	/**
	 * Replaces the event's fields. Its agenda must still fit in its time, its capacity must still hold everyone with a
	 * seat (a larger one seats the first people waiting); a change attendees' calendars must follow raises the revision.
	 */
	public EventView update(OrganizationId organization, Actor actor, UUID id, EventDraft draft, @Nullable Long version) {
		draft.check();
		if (draft.ownerId() != null) {
			checkOwner(organization, draft.ownerId());
		}
		return transactions.call(organization, actor, () -> {
			EventView current = lock(organization, id);
			if (version != null && version != current.version()) {
				throw EventConflictException.staleVersion(current.version());
			}
			if (!current.status().open()) {
				throw EventConflictException.closed(current.status());
			}
			if (!Seating.fits(draft.capacity(), current.seatsTaken())) {
				throw EventConflictException.capacityBelowSeats(current.seatsTaken());
			}
			boolean agendaOutside = jdbc.sql("""
					select exists (select 1 from event_agenda_items where organization_id = ? and event_id = ?
					  and (starts_at < ? or ends_at > ?))
					""").params(organization.value(), id, Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()))
				.query(Boolean.class).single();
			if (agendaOutside) {
				throw EventConflictException.agendaOutside();
			}
			String zone = Objects.requireNonNullElse(draft.timeZone(), current.timeZone());
			boolean calendarChange = !current.title().equals(draft.title()) || !current.startsAt().equals(draft.startsAt())
					|| !current.endsAt().equals(draft.endsAt()) || !current.timeZone().equals(zone)
					|| !Objects.equals(current.venue(), draft.venue()) || !Objects.equals(current.onlineUrl(), draft.onlineUrl())
					|| !Objects.equals(current.description(), draft.description());
			boolean moved = !current.startsAt().equals(draft.startsAt());
			jdbc.sql("""
					update events set title = ?, description = ?, type = ?, venue = ?, online_url = ?, starts_at = ?, ends_at = ?,
					  time_zone = ?, capacity = ?, budget_cents = ?, currency = ?, owner_id = ?, reminder_lead_minutes = ?,
					  revision = revision + ?, reminded_at = case when ? then null else reminded_at end,
					  updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(draft.title(), draft.description(), draft.type().name(), draft.venue(), draft.onlineUrl(),
					Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()), zone, draft.capacity(),
					draft.budgetCents(), Objects.requireNonNullElse(draft.currency(), current.currency()),
					Objects.requireNonNullElse(draft.ownerId(), current.ownerId()),
					Objects.requireNonNullElse(draft.reminderLeadMinutes(), current.reminderLeadMinutes()),
					calendarChange ? 1 : 0, moved, organization.value(), id).update();
			seats.promoteWaiting(organization, id);
			if (calendarChange) {
				events.publishEvent(new InvitationsDue(organization, id));
			}
			return load(organization, id);
		});
	}

	/** Moves the event along its statuses; completing it marks who never came, cancelling it tells everyone invited. */
	public EventView transition(OrganizationId organization, Actor actor, UUID id, EventStatus to) {
		return transactions.call(organization, actor, () -> {
			EventView current = lock(organization, id);
			if (!current.status().canMoveTo(to)) {
				throw EventConflictException.transition(current.status(), to);
			}
			jdbc.sql("""
					update events set status = ?, revision = revision + ?, updated_at = now(), version = version + 1
					where organization_id = ? and id = ?
					""").params(to.name(), to == EventStatus.CANCELLED ? 1 : 0, organization.value(), id).update();
			if (to == EventStatus.COMPLETED) {
				markNoShows(organization, id);
			}
			if (to == EventStatus.PUBLISHED || to == EventStatus.CANCELLED) {
				events.publishEvent(new InvitationsDue(organization, id));
			}
			return load(organization, id);
		});
	}

	/** Everyone still registered when the event is over did not come; the event is closed for the no-show job. */
	int markNoShows(OrganizationId organization, UUID id) {
		jdbc.sql("update events set closed_at = coalesce(closed_at, now()) where organization_id = ? and id = ?")
			.params(organization.value(), id).update();
		return jdbc.sql("""
				update event_attendees set status = 'NO_SHOW', updated_at = now()
				where organization_id = ? and event_id = ? and status = 'REGISTERED'
				""").params(organization.value(), id).update();
	}

	/** Deletes the event with its agenda, attendees and scans. */
	public void delete(OrganizationId organization, Actor actor, UUID id) {
		transactions.run(organization, actor, () -> {
			if (jdbc.sql("delete from events where organization_id = ? and id = ?").params(organization.value(), id).update() == 0) {
				throw NotFoundException.of("Event");
			}
		});
	}

	/** The event under a row lock, for changes that depend on its state; call inside a tenant transaction. */
	EventView lock(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + EventView.COLUMNS + " from events where organization_id = ? and id = ? for update")
			.params(organization.value(), id)
			.query(EventView::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Event"));
	}

	EventView load(OrganizationId organization, UUID id) {
		return jdbc.sql("select " + EventView.COLUMNS + " from events where organization_id = ? and id = ?")
			.params(organization.value(), id)
			.query(EventView::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Event"));
	}

	private void checkOwner(OrganizationId organization, UUID owner) {
		if (members.roleOf(organization, owner).isEmpty()) {
			throw EventInputException.unusable("ownerId", "is not a member of this organization");
		}
	}
}
