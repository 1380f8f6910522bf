package com.growthhub.eventplanning.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.growthhub.eventplanning.internal.EventStatus;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

/**
 * The organization's events on a month or week calendar (FullCalendar, js/eventplanning/calendar.js), fed the events of
 * the range it shows.
 */
@Controller
class EventCalendarController {

	/** More than a month or a week of events ever holds for a small business; the feed stops there. */
	private static final int MOST = 1000;

	private final Events events;

	EventCalendarController(Events events) {
		this.events = events;
	}

	/** An event as FullCalendar reads it. */
	record CalendarEntry(String id, String title, Instant start, Instant end, String url, String status,
			String[] classNames) {
	}

	/** Opens on the month of {@code date} (yyyy-mm-dd), today's by default. */
	@GetMapping("/events/calendar")
	String calendar(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.@Nullable LocalDate date,
			org.springframework.ui.Model model) {
		model.addAttribute("initialDate", date);
		return "eventplanning/calendar";
	}

	@GetMapping("/events/calendar/feed")
	@ResponseBody
	List<CalendarEntry> feed(OrganizationId organization, Actor actor,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime end) {
		List<CalendarEntry> entries = new ArrayList<>();
		@Nullable PageCursor cursor = null;
		do {
			Events.Page page = events.list(organization, actor, null, start.toInstant().minus(java.time.Duration.ofDays(31)),
					end.toInstant(), false, cursor, 100);
			page.items().stream().filter(e -> e.endsAt().isAfter(start.toInstant())).map(EventCalendarController::entry)
				.forEach(entries::add);
			cursor = page.nextCursor() == null ? null : PageCursor.parse(page.nextCursor());
		}
		while (cursor != null && entries.size() < MOST);
		return entries;
	}

	private static CalendarEntry entry(EventView event) {
		return new CalendarEntry(event.id().toString(), event.title(), event.startsAt(), event.endsAt(),
				"/events/" + event.id(), event.status().key(),
				new String[] { "event-" + event.status().key(), event.status() == EventStatus.CANCELLED ? "text-decoration-line-through" : "" });
	}
}
