package com.growthhub.eventplanning.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.eventplanning.internal.Agenda;
import com.growthhub.eventplanning.internal.AgendaDraft;
import com.growthhub.eventplanning.internal.Attendees;
import com.growthhub.eventplanning.internal.EventInvites;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.eventplanning.internal.NewAttendee;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** An event's page: its details and moves, its agenda and its attendees, each changed by a small form. */
@Controller
class EventDetailController {

	private final Events events;
	private final Agenda agenda;
	private final Attendees attendees;
	private final EventInvites invites;
	private final Members members;
	private final EventSections sections;

	EventDetailController(Events events, Agenda agenda, Attendees attendees, EventInvites invites, Members members,
			EventSections sections) {
		this.sections = sections;
		this.events = events;
		this.agenda = agenda;
		this.attendees = attendees;
		this.invites = invites;
		this.members = members;
	}

	@GetMapping("/events/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		EventView event = events.get(organization, actor, id);
		model.addAttribute("event", event);
		model.addAttribute("agenda", agenda.list(organization, actor, id));
		model.addAttribute("attendees", attendees.list(organization, actor, id, null, null, PageCursor.parse(cursor), 200));
		model.addAttribute("people", EventPageModel.people(members, organization));
		model.addAttribute("sections", sections.of(organization, actor, event));
		return "eventplanning/detail";
	}

	@PostMapping("/events/{id}/agenda")
	String addItem(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String title,
			@RequestParam(required = false) @Nullable String speaker, @RequestParam(required = false) @Nullable String room,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
			RedirectAttributes redirect) {
		try {
			ZoneId zone = events.get(organization, actor, id).zone();
			agenda.add(organization, actor, id, new AgendaDraft(title, speaker, room, startsAt.atZone(zone).toInstant(),
					endsAt.atZone(zone).toInstant(), null));
			redirect.addFlashAttribute("notice", "events.agenda.added");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/events/" + id + "#agenda";
	}

	@PostMapping("/events/{id}/agenda/{itemId}/delete")
	String removeItem(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
			RedirectAttributes redirect) {
		agenda.delete(organization, actor, id, itemId);
		redirect.addFlashAttribute("notice", "events.agenda.removed");
		return "redirect:/events/" + id + "#agenda";
	}

	/** A contact picked with the type-ahead, a member picked from the team, or a new person by name and email. */
	@PostMapping("/events/{id}/attendees")
	String addAttendee(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID contactId, @RequestParam(required = false) @Nullable UUID userId,
			@RequestParam(defaultValue = "") String firstName,
			@RequestParam(defaultValue = "") String lastName, @RequestParam(defaultValue = "") String email,
			RedirectAttributes redirect) {
		try {
			NewAttendee who = contactId != null ? new NewAttendee.Contact(contactId)
					: userId != null ? new NewAttendee.Member(userId) : new NewAttendee.Person(firstName, lastName.isBlank() ? null : lastName, email);
			attendees.add(organization, actor, id, who);
			redirect.addFlashAttribute("notice", "events.attendees.added");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/events/" + id + "#attendees";
	}

	@PostMapping("/events/{id}/attendees/{attendeeId}/cancel")
	String cancelAttendee(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID attendeeId,
			RedirectAttributes redirect) {
		try {
			attendees.cancel(organization, actor, id, attendeeId);
			redirect.addFlashAttribute("notice", "events.attendees.cancelled");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/events/" + id + "#attendees";
	}

	@GetMapping("/events/{id}/invite.ics")
	ResponseEntity<byte[]> invite(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\"")
			.body(invites.forEvent(organization, actor, id).getBytes(StandardCharsets.UTF_8));
	}
}
