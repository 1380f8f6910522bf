package com.growthhub.eventplanning.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.NotFoundException;
import com.growthhub.shared.Ids;
import com.growthhub.shared.OrganizationId;

/**
 * An event's agenda. Items lie within the event's time, and two items never share a room at the same time: every
 * change locks the event row first, so two people booking one room at once are checked one after the other.
 */
@Service
public class Agenda {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;
	private final Events events;

	Agenda(JdbcClient jdbc, TenantTransactions transactions, Events events) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	public List<AgendaItemView> list(OrganizationId organization, Actor actor, UUID eventId) {
		return transactions.call(organization, actor, () -> {
			events.load(organization, eventId);
			return items(organization, eventId);
		});
	}

	List<AgendaItemView> items(OrganizationId organization, UUID eventId) {
		return jdbc.sql("select " + AgendaItemView.COLUMNS
				+ " from event_agenda_items where organization_id = ? and event_id = ? order by starts_at, position, id")
			.params(organization.value(), eventId).query(AgendaItemView::map).list();
	}

	public AgendaItemView get(OrganizationId organization, Actor actor, UUID eventId, UUID itemId) {
		return transactions.call(organization, actor, () -> load(organization, eventId, itemId));
	}

	public AgendaItemView add(OrganizationId organization, Actor actor, UUID eventId, AgendaDraft draft) {
		return transactions.call(organization, actor, () -> {
			EventView event = events.lock(organization, eventId);
			draft.checkWithin(event);
			checkRoom(organization, eventId, null, draft);
			UUID id = Ids.next();
			int position = draft.position() != null ? draft.position() : jdbc.sql(
					"select coalesce(max(position) + 1, 0) from event_agenda_items where organization_id = ? and event_id = ?")
				.params(organization.value(), eventId).query(Integer.class).single();
			jdbc.sql("""
					insert into event_agenda_items (id, organization_id, event_id, title, speaker, room, starts_at, ends_at, position)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""").params(id, organization.value(), eventId, draft.title(), draft.speaker(), draft.room(),
					Timestamp.from(draft.startsAt()), Timestamp.from(draft.endsAt()), position).update();
			return load(organization, eventId, id);
		});
	}

	public AgendaItemView update(OrganizationId organization, Actor actor, UUID eventId, UUID itemId, AgendaDraft draft) {
		return transactions.call(organization, actor, () -> {
			EventView event = events.lock(organization, eventId);
			AgendaItemView current = load(organization, eventId, itemId);
			draft.checkWithin(event);
			checkRoom(organization, eventId, itemId, draft);
			jdbc.sql("""
					update event_agenda_items set title = ?, speaker = ?, room = ?, starts_at = ?, ends_at = ?, position = ?,
					  updated_at = now()
					where organization_id = ? and id = ?
					""").params(draft.title(), draft.speaker(), draft.room(), Timestamp.from(draft.startsAt()),
					Timestamp.from(draft.endsAt()), draft.position() != null ? draft.position() : current.position(),
					organization.value(), itemId).update();
			return load(organization, eventId, itemId);
		});
	}

	public void delete(OrganizationId organization, Actor actor, UUID eventId, UUID itemId) {
		transactions.run(organization, actor, () -> {
			int deleted = jdbc.sql("delete from event_agenda_items where organization_id = ? and event_id = ? and id = ?")
				.params(organization.value(), eventId, itemId).update();
			if (deleted == 0) {
				throw NotFoundException.of("Agenda item");
			}
		});
	}

	/** 409 when another item of the event uses the same room (any case) at an overlapping time. */
	private void checkRoom(OrganizationId organization, UUID eventId, @Nullable UUID itemId, AgendaDraft draft) {
		if (draft.room() == null) {
			return;
		}
		record Clash(UUID id, String title) {
		}
		jdbc.sql("""
				select id, title from event_agenda_items
				where organization_id = ? and event_id = ? and lower(room) = lower(?) and id is distinct from ?
				  and starts_at < ? and ends_at > ?
				order by starts_at limit 1
				""").params(organization.value(), eventId, draft.room(), itemId, Timestamp.from(draft.endsAt()),
				Timestamp.from(draft.startsAt()))
			.query(Clash.class)
			.optional()
			.ifPresent(clash -> {
				throw EventConflictException.roomTaken(draft.room(), clash.id(), clash.title());
			});
	}

	private AgendaItemView load(OrganizationId organization, UUID eventId, UUID itemId) {
		return jdbc.sql("select " + AgendaItemView.COLUMNS
				+ " from event_agenda_items where organization_id = ? and event_id = ? and id = ?")
			.params(organization.value(), eventId, itemId)
			.query(AgendaItemView::map)
			.optional()
			.orElseThrow(() -> NotFoundException.of("Agenda item"));
	}
}
