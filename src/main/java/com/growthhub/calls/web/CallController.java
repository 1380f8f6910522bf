package com.growthhub.calls.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.calls.internal.CallAccess;
import com.growthhub.calls.internal.CallEdit;
import com.growthhub.calls.internal.CallFilter;
import com.growthhub.calls.internal.CallInbox;
import com.growthhub.calls.internal.CallJourneys;
import com.growthhub.calls.internal.CallNews;
import com.growthhub.calls.internal.CallReviews;
import com.growthhub.platform.realtime.LiveUpdates;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The call inbox (filters, chart, live rows) and a call's page (player, transcript, rating keys, history, actions). */
@Controller
class CallController {

	static final int PAGE = 50;

	private final CallInbox inbox;
	private final CallReviews reviews;
	private final CallJourneys journeys;
	private final CallAccess access;
	private final CallPageModel pages;
	private final LiveUpdates live;

	CallController(CallInbox inbox, CallReviews reviews, CallJourneys journeys, CallAccess access, CallPageModel pages,
			LiveUpdates live) {
		this.inbox = inbox;
		this.reviews = reviews;
		this.journeys = journeys;
		this.access = access;
		this.pages = pages;
		this.live = live;
	}

	@GetMapping("/calls")
	String list(OrganizationId organization, Actor actor, CallFilterForm form,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		access.check(organization, actor);
		rows(organization, actor, form, cursor, model);
		pages.addChart(organization, actor, model);
		return "calls/inbox";
	}

	/** The rows alone, for htmx: the inbox fetches them again when a call arrives or changes. */
	@GetMapping("/calls/rows")
	String rows(OrganizationId organization, Actor actor, CallFilterForm form,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		access.check(organization, actor);
		CallFilter filter = form.toFilter();
		CallInbox.Page page = inbox.list(organization, actor, filter, PageCursor.parse(cursor), PAGE);
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("query", form.query());
		model.addAttribute("filtered", filter.equals(CallFilter.NONE) ? Boolean.FALSE : Boolean.TRUE);
		pages.addContactNames(organization, actor, model, page.items());
		return "calls/inbox :: rows";
	}

	@GetMapping(path = "/calls/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter stream(OrganizationId organization, Actor actor) {
		access.check(organization, actor);
		return live.subscribe(CallNews.topic(organization));
	}

	@GetMapping("/calls/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, CallFilterForm form, Model model) {
		access.check(organization, actor);
		CallInbox.Detail detail = inbox.get(organization, actor, id);
		CallFilter filter = form.toFilter();
		model.addAttribute("detail", detail);
		model.addAttribute("call", detail.call());
		model.addAttribute("query", form.query());
		model.addAttribute("next", inbox.next(organization, actor, id, filter, false));
		model.addAttribute("previous", inbox.next(organization, actor, id, filter, true));
		model.addAttribute("templates", journeys.templates(organization, actor));
		pages.addContact(organization, actor, model, detail.call().contactId());
		return "calls/detail";
	}

	@PostMapping("/calls/{id}/rating")
	String rate(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String rating, @RequestParam(defaultValue = "") String query,
			RedirectAttributes redirect) {
		return act(organization, actor, id, query, redirect, "calls.rated",
				() -> reviews.edit(organization, actor, id, CallEdit.rating(stars(rating))));
	}

	@PostMapping("/calls/{id}/convert")
	String convert(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		return act(organization, actor, id, query, redirect, "calls.converted",
				() -> reviews.markConverted(organization, actor, id));
	}

	@PostMapping("/calls/{id}/reviewed")
	String reviewed(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		return act(organization, actor, id, query, redirect, "calls.reviewed",
				() -> reviews.edit(organization, actor, id, new CallEdit(false, null, null, true)));
	}

	@PostMapping("/calls/{id}/classify")
	String classify(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		return act(organization, actor, id, query, redirect, "calls.classified",
				() -> reviews.classify(organization, actor, id));
	}

	@PostMapping("/calls/{id}/journey")
	String journey(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable UUID templateId, RedirectAttributes redirect) {
		access.check(organization, actor);
		try {
			CallJourneys.Started started = journeys.start(organization, actor, id, templateId);
			redirect.addFlashAttribute("notice", "calls.journeyStarted");
			return "redirect:/journeys/" + started.journeyId();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/calls/" + id;
		}
	}

	private String act(OrganizationId organization, Actor actor, UUID id, String query, RedirectAttributes redirect,
			String notice, Runnable action) {
		access.check(organization, actor);
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/calls/" + id + CallFilterForm.safeQuery(query);
	}

	private static @Nullable Integer stars(@Nullable String rating) {
		if (rating == null || rating.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(rating.strip());
		}
		catch (NumberFormatException ex) {
			return 0; // refused by the rating rules with the same message as any other out-of-range value
		}
	}
}
