package com.growthhub.eventplanning.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.eventplanning.internal.EventStatus;
import com.growthhub.eventplanning.internal.EventView;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.identity.Members;
import com.growthhub.identity.OrganizationPreferences;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;

/** The events list (upcoming or past), the event form for creating and changing one, status moves and deletion. */
@Controller
class EventController {

	private final Events events;
	private final Members members;
	private final OrganizationPreferences preferences;

	EventController(Events events, Members members, OrganizationPreferences preferences) {
		this.events = events;
		this.members = members;
		this.preferences = preferences;
	}

	@GetMapping("/events")
	String list(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "upcoming") String show,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		boolean past = show.equals("past");
		Instant now = Instant.now();
		Events.Page page = events.list(organization, actor, null, past ? null : now.minus(1, ChronoUnit.DAYS),
				past ? now : null, past, PageCursor.parse(cursor), 50);
		model.addAttribute("page", page);
		model.addAttribute("show", past ? "past" : "upcoming");
		return "eventplanning/list";
	}

	@GetMapping("/events/new")
	String newEvent(OrganizationId organization, Model model) {
		ZoneId zone = preferences.timeZone(organization);
		LocalDateTime start = LocalDateTime.now(zone).plusDays(7).truncatedTo(ChronoUnit.DAYS).withHour(18);
		model.addAttribute("form", EventForm.blank(zone.getId(), preferences.defaultCurrency(organization), start));
		return form(organization, model, null);
	}

	@PostMapping("/events")
	String create(OrganizationId organization, Actor actor, @Valid @ModelAttribute("form") EventForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(organization, model, null);
		}
		try {
			EventView created = events.create(organization, actor, form.toDraft());
			redirect.addFlashAttribute("notice", "events.created");
			return "redirect:/events/" + created.id();
		}
		catch (ErrorResponseException ex) {
			if (EventPageModel.onFields(ex, binding)) {
				return form(organization, model, null);
			}
			throw ex;
		}
	}

	@GetMapping("/events/{id}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("form", EventForm.of(events.get(organization, actor, id)));
		return form(organization, model, id);
	}

	@PostMapping("/events/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(organization, model, id);
		}
		try {
			events.update(organization, actor, id, form.toDraft(), null);
			redirect.addFlashAttribute("notice", "events.saved");
		}
		catch (ErrorResponseException ex) {
			if (EventPageModel.onFields(ex, binding)) {
				return form(organization, model, id);
			}
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/transition")
	String transition(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String to,
			RedirectAttributes redirect) {
		try {
			events.transition(organization, actor, id, EventStatus.fromKey(to));
			redirect.addFlashAttribute("notice", "events.moved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/events/" + id;
	}

	@PostMapping("/events/{id}/delete")
	@PreAuthorize("hasRole('MANAGER')")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		events.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "events.deleted");
		return "redirect:/events";
	}

	private String form(OrganizationId organization, Model model, @Nullable UUID id) {
		EventPageModel.formChoices(model, members, organization);
		model.addAttribute("eventId", id);
		return "eventplanning/form";
	}
}
