package com.growthhub.scheduling.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.scheduling.internal.calendar.RepCalendar;
import com.growthhub.shared.OrganizationId;

/**
 * The rep's calendar: {@code /scheduling/calendar?view=day|week&date=&rep=}, the signed-in member's own unless a
 * manager picks another rep; each scheduled appointment offers "completed" and "no-show".
 */
@Controller
class RepCalendarController {

	private final RepCalendar calendar;

	RepCalendarController(RepCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/scheduling/calendar")
	String calendar(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "week") String view,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable UUID rep, Model model) {
		RepCalendar.Span span = "day".equals(view) ? RepCalendar.Span.DAY : RepCalendar.Span.WEEK;
		UUID repId = rep != null ? rep : actor.requireUserId();
		RepCalendar.View shown = calendar.view(organization, actor, repId, span, date != null ? date : LocalDate.now());
		model.addAttribute("calendar", shown);
		model.addAttribute("view", span.name().toLowerCase(java.util.Locale.ROOT));
		return "scheduling/calendar";
	}
}
