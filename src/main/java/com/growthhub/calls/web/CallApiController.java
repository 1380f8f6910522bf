package com.growthhub.calls.web;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.calls.internal.CallAccess;
import com.growthhub.calls.internal.CallFilter;
import com.growthhub.calls.internal.CallInbox;
import com.growthhub.calls.internal.CallJourneys;
import com.growthhub.calls.internal.CallReviews;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/calls")
@Tag(name = "Calls", description = "Tracked calls from CallTrackingMetrics: the inbox with filters, a call with its "
		+ "transcript and history, star ratings (pushed back to the provider), classification, counts per category")
class CallApiController {

	private final CallInbox inbox;
	private final CallReviews reviews;
	private final CallJourneys journeys;
	private final CallAccess access;

	CallApiController(CallInbox inbox, CallReviews reviews, CallJourneys journeys, CallAccess access) {
		this.inbox = inbox;
		this.reviews = reviews;
		this.journeys = journeys;
		this.access = access;
	}

	record JourneyRequest(@Nullable UUID templateId) {
	}

	record JourneyStarted(UUID journeyId, UUID contactId) {
	}

	record Stats(CallInbox.Interval interval, Instant from, Instant to, List<CallInbox.Period> items) {
	}

	@GetMapping
	@Operation(summary = "Calls, newest first, keyset-paged; filter by category, rating (1-5 or none), from and to "
			+ "(instants or dates, inclusive), source, contactId, reviewed (false: the review queue) and q (words of the "
			+ "transcript or summary)")
	CallInbox.Page list(OrganizationId organization, Actor actor,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String rating, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String reviewed, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestParam(defaultValue = "" + CallInbox.DEFAULT_LIMIT) int limit) {
		access.check(organization, actor);
		return inbox.list(organization, actor,
				CallFilter.parse(category, rating, from, to, source, contactId, reviewed, q), PageCursor.parse(cursor),
				limit);
	}

	@GetMapping("/stats")
	@Operation(summary = "Calls per category per day or week (interval), from and to (default: the last 30 days)")
	Stats stats(OrganizationId organization, Actor actor,
			@RequestParam(defaultValue = "day") CallInbox.Interval interval,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
		access.check(organization, actor);
		CallFilter range = CallFilter.parse(null, null, from, to, null, null, null, null);
		Instant end = range.to() != null ? range.to() : Instant.now();
		Instant start = range.from() != null ? range.from() : end.minus(30, ChronoUnit.DAYS);
		return new Stats(interval, start, end, inbox.stats(organization, actor, interval, start, end));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One call with its transcript, recording URL and history of category, rating and review changes")
	CallInbox.Detail get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.check(organization, actor);
		return inbox.get(organization, actor, id);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rates a call, sets its category or marks it reviewed: {rating (1-5 or null), category, reviewed}",
			description = "Stars recompute the category and a category its stars (converted 5, very_good 4, warm 3, "
					+ "needs_attention 3, not_a_fit 2, spam 1, none for the others); both given must agree. A changed "
					+ "rating is pushed to the provider.")
	CallInbox.Detail edit(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody Map<String, Object> body) {
		access.check(organization, actor);
		reviews.edit(organization, actor, id, CallEditRequest.read(body));
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/classify")
	@Operation(summary = "Classifies the call again from its transcript (replacing a category a person chose)")
	CallInbox.Detail classify(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.check(organization, actor);
		reviews.classify(organization, actor, id);
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/convert")
	@Operation(summary = "Marks the call converted (5 stars, pushed to the provider)")
	CallInbox.Detail convert(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		access.check(organization, actor);
		reviews.markConverted(organization, actor, id);
		return inbox.get(organization, actor, id);
	}

	@PostMapping("/{id}/journey")
	@Operation(summary = "Starts a journey on the call's contact, from templateId or else the organization's first "
			+ "template (422 when it has none, or the call has no contact)")
	ResponseEntity<JourneyStarted> journey(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody(required = false) @Nullable JourneyRequest body) {
		access.check(organization, actor);
		CallJourneys.Started started = journeys.start(organization, actor, id, body == null ? null : body.templateId());
		return ResponseEntity.created(URI.create("/api/v1/journeys/" + started.journeyId()))
			.body(new JourneyStarted(started.journeyId(), started.contactId()));
	}
}
