package com.growthhub.eventplanning.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.eventplanning.internal.Agenda;
import com.growthhub.eventplanning.internal.AttendeeStatus;
import com.growthhub.eventplanning.internal.Attendees;
import com.growthhub.eventplanning.internal.CheckIns;
import com.growthhub.eventplanning.internal.EventAnalytics;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/**
 * The phone-friendly check-in page: a code field the camera scanner fills (js/eventplanning/check-in.js), a search
 * of the attendees with a button each, and what the last scan did. Scans and searches answer fragments for htmx.
 */
@Controller
class CheckInController {

	private final Events events;
	private final Agenda agenda;
	private final Attendees attendees;
	private final CheckIns checkIns;
	private final EventAnalytics analytics;

	CheckInController(Events events, Agenda agenda, Attendees attendees, CheckIns checkIns, EventAnalytics analytics) {
		this.events = events;
		this.agenda = agenda;
		this.attendees = attendees;
		this.checkIns = checkIns;
		this.analytics = analytics;
	}

	/**
	 * What the result panel shows: {@code in}, {@code out}, {@code repeat_in}, {@code repeat_out} (with {@code since})
	 * or {@code refused} (with the reason).
	 */
	record Outcome(String kind, @Nullable String name, java.time.@Nullable Instant since, @Nullable String reason) {
	}

	@GetMapping("/events/{id}/check-in")
	String page(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("event", events.get(organization, actor, id));
		model.addAttribute("agenda", agenda.list(organization, actor, id));
		model.addAttribute("figures", analytics.of(organization, actor, id));
		return "eventplanning/check-in";
	}

	@GetMapping("/events/{id}/check-in/search")
	String search(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("event", events.get(organization, actor, id));
		model.addAttribute("found", q.isBlank() ? java.util.List.of()
				: attendees.list(organization, actor, id, null, q, null, 20).items().stream()
					.filter(a -> a.status() != AttendeeStatus.CANCELLED).toList());
		return "eventplanning/check-in :: found";
	}

	@PostMapping("/events/{id}/check-in/code")
	String byCode(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String code,
			@RequestParam(required = false) @Nullable UUID agendaItemId, Model model) {
		return result(organization, actor, id, model, () -> checkIns.checkInByCode(organization, actor, code, agendaItemId, id), false);
	}

	/** The figures above the scanner, sent along with each result (htmx out of band). */
	private void figures(OrganizationId organization, Actor actor, UUID id, Model model) {
		model.addAttribute("figures", analytics.of(organization, actor, id));
		model.addAttribute("oob", true);
	}

	@PostMapping("/events/{id}/check-in/{attendeeId}")
	String byHand(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID attendeeId,
			@RequestParam(required = false) @Nullable UUID agendaItemId, Model model) {
		return result(organization, actor, id, model, () -> checkIns.checkIn(organization, actor, id, attendeeId, agendaItemId), false);
	}

	@PostMapping("/events/{id}/check-out/{attendeeId}")
	String out(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID attendeeId, Model model) {
		return result(organization, actor, id, model, () -> checkIns.checkOut(organization, actor, id, attendeeId), true);
	}

	private String result(OrganizationId organization, Actor actor, UUID id, Model model,
			java.util.function.Supplier<CheckIns.Scan> scan, boolean out) {
		Outcome outcome;
		try {
			CheckIns.Scan done = scan.get();
			String direction = out ? "out" : "in";
			outcome = done.repeated()
					? new Outcome("repeat_" + direction, done.attendee().name(), done.since() != null ? done.since() : done.scannedAt(), null)
					: new Outcome(direction, done.attendee().name(), done.scannedAt(), null);
		}
		catch (ErrorResponseException ex) {
			outcome = new Outcome("refused", null, null, RefusedAction.detail(ex));
		}
		model.addAttribute("outcome", outcome);
		figures(organization, actor, id, model);
		return "eventplanning/check-in :: result";
	}
}
