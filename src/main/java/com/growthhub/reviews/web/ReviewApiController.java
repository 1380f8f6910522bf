package com.growthhub.reviews.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.reviews.internal.ReviewAccess;
import com.growthhub.reviews.internal.ReviewDesk;
import com.growthhub.reviews.internal.ReviewFilter;
import com.growthhub.reviews.internal.ReviewInbox;
import com.growthhub.reviews.internal.ReviewRules;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "Reviews from Google Business Profile and their replies: pending → draft → "
		+ "approved → responded, or flagged when a person is needed")
class ReviewApiController {

	private final ReviewInbox inbox;
	private final ReviewDesk desk;
	private final ReviewAccess access;

	ReviewApiController(ReviewInbox inbox, ReviewDesk desk, ReviewAccess access) {
		this.inbox = inbox;
		this.desk = desk;
		this.access = access;
	}

	record ReplyRequest(@Nullable String replyText) {
	}

	record FlagRequest(@Nullable String reason) {
	}

	record Locations(List<?> items) {
	}

	record Stats(Instant from, List<ReviewInbox.Month> items) {
	}

	@GetMapping
	@Operation(summary = "Reviews, newest first, keyset-paged; filter by state, rating (1-5) and locationId")
	ReviewInbox.Page list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String rating,
			@RequestParam(required = false) @Nullable String locationId,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + ReviewInbox.DEFAULT_LIMIT) int limit) {
		access.see(organization, actor);
		return inbox.list(organization, actor, ReviewFilter.parse(state, rating, locationId), PageCursor.parse(cursor),
				limit);
	}

	@GetMapping("/locations")
	@Operation(summary = "The business locations reviews were read for")
	Locations locations(OrganizationId organization, Actor actor) {
		access.see(organization, actor);
		return new Locations(inbox.locations(organization, actor));
	}

	@GetMapping("/stats")
	@Operation(summary = "Per month of the last `months` (default 12): reviews, average rating, responded, median hours "
			+ "to a reply")
	Stats stats(OrganizationId organization, Actor actor, @RequestParam(defaultValue = "12") int months) {
		access.see(organization, actor);
		Instant from = Instant.now().minus(Math.clamp(months, 1, 60) * 31L, ChronoUnit.DAYS);
		return new Stats(from, inbox.months(organization, actor, from));
	}

	@GetMapping("/settings")
	@Operation(summary = "The organization's review rules: clientApprovalRequired, lowRatingThreshold, flagAfterHours, "
			+ "tone, signature")
	ReviewRules settings(OrganizationId organization, Actor actor) {
		access.see(organization, actor);
		return desk.rules(organization, actor);
	}

	@PutMapping("/settings")
	@Operation(summary = "Changes the review rules (owners and admins)")
	ReviewRules saveSettings(OrganizationId organization, Actor actor, @RequestBody ReviewRulesRequest body) {
		access.changeRules(organization, actor);
		return desk.saveRules(organization, actor, body.toRules());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One review with its state history and, in privacy mode, why its reply would be refused")
	ReviewInbox.Detail get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.see(organization, actor);
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/draft")
	@Operation(summary = "Drafts a reply with the AI port in the organization's tone (privacy mode's rules included); "
			+ "the review becomes draft")
	ReviewInbox.Detail draft(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.answer(organization, actor);
		desk.generateDraft(organization, actor, id);
		return inbox.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Writes the reply {replyText}; the review becomes draft (an approved one needs approving again)")
	ReviewInbox.Detail edit(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody ReplyRequest body) {
		access.answer(organization, actor);
		desk.editReply(organization, actor, id, body.replyText());
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approves the draft reply; under the client-approval rule an account with client users is approved by "
			+ "one of them (403 for its staff); 422 when privacy mode refuses it")
	ReviewInbox.Detail approve(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.see(organization, actor);
		desk.approve(organization, actor, id);
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/respond")
	@Operation(summary = "Posts the reply at the provider and marks the review responded; 422 without approval when the "
			+ "organization requires it or when privacy mode refuses the reply (with the reason)")
	ReviewInbox.Detail respond(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.answer(organization, actor);
		desk.respond(organization, actor, id);
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/flag")
	@Operation(summary = "Flags the review for a person, with an optional {reason}")
	ReviewInbox.Detail flag(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable FlagRequest body) {
		access.answer(organization, actor);
		desk.flag(organization, actor, id, body == null ? null : body.reason());
		return inbox.get(organization, actor, id);
	}
}
