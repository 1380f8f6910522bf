package com.growthhub.reviews.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Role;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.reviews.ReplyNotPostedException;
import com.growthhub.reviews.internal.ReviewAccess;
import com.growthhub.reviews.internal.ReviewDesk;
import com.growthhub.reviews.internal.ReviewFilter;
import com.growthhub.reviews.internal.ReviewInbox;
import com.growthhub.reviews.internal.ReviewRules;
import com.growthhub.reviews.internal.ReviewState;
import com.growthhub.shared.OrganizationId;

/** The review inbox (filters, charts with their table, rows) and the reply editor of one review. */
@Controller
class ReviewController {

	static final int PAGE = 50;

	private final ReviewInbox inbox;
	private final ReviewDesk desk;
	private final ReviewAccess access;
	private final MessageSource messages;

	ReviewController(ReviewInbox inbox, ReviewDesk desk, ReviewAccess access, MessageSource messages) {
		this.inbox = inbox;
		this.desk = desk;
		this.access = access;
		this.messages = messages;
	}

	record FilterForm(@Nullable String state, @Nullable String rating, @Nullable String locationId) {

		String query() {
			StringBuilder query = new StringBuilder();
			append(query, "state", state);
			append(query, "rating", rating);
			append(query, "locationId", locationId);
			return query.toString();
		}

		private static void append(StringBuilder query, String name, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}
	}

	@GetMapping("/reviews")
	String list(OrganizationId organization, Actor actor, FilterForm form,
			@RequestParam(required = false) @Nullable String cursor, Model model, Locale locale) {
		access.see(organization, actor);
		ReviewFilter filter = ReviewFilter.parse(form.state(), form.rating(), form.locationId());
		model.addAttribute("page", inbox.list(organization, actor, filter, PageCursor.parse(cursor), PAGE));
		model.addAttribute("form", form);
		model.addAttribute("query", form.query());
		model.addAttribute("filtered", !filter.equals(ReviewFilter.NONE));
		model.addAttribute("states", ReviewState.values());
		model.addAttribute("locations", inbox.locations(organization, actor));
		model.addAttribute("canChangeRules", access.see(organization, actor).atLeast(Role.ADMIN));
		model.addAttribute("rules", desk.rules(organization, actor));
		model.addAttribute("tones", ReviewRules.Tone.values());
		List<ReviewInbox.Month> months = inbox.months(organization, actor, Instant.now().minus(365, ChronoUnit.DAYS));
		model.addAttribute("months", months);
		if (!months.isEmpty()) {
			model.addAttribute("ratingChart",
					ReviewChart.averageRating(months, messages.getMessage("reviews.chart.rating", null, locale)));
			model.addAttribute("responseChart",
					ReviewChart.responseHours(months, messages.getMessage("reviews.chart.response", null, locale)));
		}
		return "reviews/inbox";
	}

	@PostMapping("/reviews/settings")
	String saveRules(OrganizationId organization, Actor actor,
			@RequestParam(defaultValue = "false") boolean clientApprovalRequired,
			@RequestParam(required = false) @Nullable Integer lowRatingThreshold,
			@RequestParam(required = false) @Nullable Integer flagAfterHours,
			@RequestParam(required = false) @Nullable String tone, @RequestParam(required = false) @Nullable String signature,
			RedirectAttributes redirect) {
		try {
			access.changeRules(organization, actor);
			desk.saveRules(organization, actor, new ReviewRulesRequest(clientApprovalRequired, lowRatingThreshold,
					flagAfterHours, tone, signature).toRules());
			redirect.addFlashAttribute("notice", "reviews.rules.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/reviews";
	}

	@GetMapping("/reviews/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		Role role = access.see(organization, actor);
		ReviewInbox.Detail detail = inbox.get(organization, actor, id);
		model.addAttribute("detail", detail);
		model.addAttribute("review", detail.review());
		model.addAttribute("canAnswer", role.atLeast(Role.MEMBER));
		model.addAttribute("rules", desk.rules(organization, actor));
		return "reviews/detail";
	}

	@PostMapping("/reviews/{id}/draft")
	String draft(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "reviews.drafted", () -> {
			access.answer(organization, actor);
			desk.generateDraft(organization, actor, id);
		});
	}

	@PostMapping("/reviews/{id}/reply")
	String reply(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String replyText, RedirectAttributes redirect) {
		return act(id, redirect, "reviews.saved", () -> {
			access.answer(organization, actor);
			desk.editReply(organization, actor, id, replyText);
		});
	}

	@PostMapping("/reviews/{id}/approve")
	String approve(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "reviews.approved", () -> {
			access.see(organization, actor);
			desk.approve(organization, actor, id);
		});
	}

	@PostMapping("/reviews/{id}/respond")
	String respond(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "reviews.posted", () -> {
			access.answer(organization, actor);
			desk.respond(organization, actor, id);
		});
	}

	@PostMapping("/reviews/{id}/flag")
	String flag(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, RedirectAttributes redirect) {
		return act(id, redirect, "reviews.flagged", () -> {
			access.answer(organization, actor);
			desk.flag(organization, actor, id, reason);
		});
	}

	/** A refused move (state, privacy mode, role, the provider) is shown above the editor with its reason. */
	private static String act(UUID id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (ReplyNotPostedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/reviews/" + id;
	}
}
