package com.growthhub.scheduling.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.internal.AppointmentDesk;
import com.growthhub.scheduling.internal.calendar.RepCalendar;
import com.growthhub.shared.OrganizationId;

/**
 * The rep's calendar: {@code /scheduling/calendar?view=day|week&date=&rep=}, the signed-in member's own unless a
 * manager picks another rep; each scheduled appointment offers "completed" and "no-show".
 */
@Controller
class RepCalendarController {

	private final RepCalendar calendar;
	private final AppointmentDesk desk;

	RepCalendarController(RepCalendar calendar, AppointmentDesk desk) {
		this.calendar = calendar;
		this.desk = desk;
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

	@PostMapping("/scheduling/calendar/appointments/{id}/status")
	String mark(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String status,
			@RequestParam(defaultValue = "week") String view, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable UUID rep, RedirectAttributes redirect) {
		try {
			AppointmentStatus outcome = AppointmentStatus.fromKey(status);
			if (outcome != AppointmentStatus.COMPLETED && outcome != AppointmentStatus.NO_SHOW) {
				throw new IllegalArgumentException(status);
			}
			desk.changeStatus(organization, actor, id, outcome);
			redirect.addFlashAttribute("notice", "appointments.calendar.marked." + outcome.key());
		}
		catch (IllegalArgumentException unknown) {
			RefusedAction.flash(redirect, "appointments.calendar.unknownStatus");
		}
		catch (ErrorResponseException refused) {
			RefusedAction.flash(redirect, refused);
		}
		redirect.addAttribute("view", view);
		if (date != null) {
			redirect.addAttribute("date", date);
		}
		if (rep != null) {
			redirect.addAttribute("rep", rep);
		}
		return "redirect:/scheduling/calendar";
	}
}
