package com.growthhub.eventplanning.internal;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.tenancy.TenantTransactions;
import com.growthhub.platform.web.DashboardWidget;
import com.growthhub.shared.OrganizationId;

/** The next five published events, soonest first, with their seats (seed 000 §2 "Upcoming events"). */
@Component
class UpcomingEventsWidget implements DashboardWidget {

	private final JdbcClient jdbc;
	private final TenantTransactions transactions;

	UpcomingEventsWidget(JdbcClient jdbc, TenantTransactions transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public String key() {
		return "upcomingEvents";
	}

	@Override
	public String title() {
		return "Upcoming events";
	}

	@Override
	public String fragment() {
		return "eventplanning/dashboard-widgets :: upcoming";
	}

	@Override
	public int order() {
		return 31;
	}

	@Override
	public Map<String, Object> model(OrganizationId organization, Actor actor) {
		List<EventView> next = transactions.call(organization, actor, () -> jdbc.sql("select " + EventView.COLUMNS + """
				from events where organization_id = ? and status = 'PUBLISHED' and ends_at >= now()
				order by starts_at, id limit 5
				""").param(organization.value()).query(EventView::map).list());
		return Map.of("events", next.stream().map(UpcomingEvent::of).toList());
	}

	/** What the card shows of an event; the API serves the same. */
	record UpcomingEvent(java.util.UUID id, String title, java.time.Instant startsAt, String timeZone,
			@org.jspecify.annotations.Nullable String venue, int seatsTaken, @org.jspecify.annotations.Nullable Integer capacity) {

		static UpcomingEvent of(EventView event) {
			return new UpcomingEvent(event.id(), event.title(), event.startsAt(), event.timeZone(), event.venue(),
					event.seatsTaken(), event.capacity());
		}
	}
}
