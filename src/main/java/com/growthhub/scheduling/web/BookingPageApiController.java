package com.growthhub.scheduling.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.platform.tenancy.Actor;
import com.growthhub.scheduling.internal.BookingPage;
import com.growthhub.scheduling.internal.BookingPages;
import com.growthhub.scheduling.internal.PageSlots;
import com.growthhub.shared.OrganizationId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/booking-pages")
@Tag(name = "Booking pages", description = "Types of meeting visitors book at /book/{slug}: reps, assignment "
		+ "(round_robin, lead_owner, fixed), duration, slot step and questions")
class BookingPageApiController {

	private final BookingPages pages;
	private final PageSlots slots;

	BookingPageApiController(BookingPages pages, PageSlots slots) {
		this.pages = pages;
		this.slots = slots;
	}

	@GetMapping
	@Operation(summary = "The organization's booking pages, by title")
	Map<String, List<BookingPagePayload>> list(OrganizationId organization, Actor actor) {
		return Map.of("items", pages.list(organization, actor).stream().map(BookingPagePayload::of).toList());
	}

	@PostMapping
	@Operation(summary = "Creates a booking page (managers): {slug, title, description, durationMinutes, "
			+ "slotStepMinutes (default: the duration), assignmentMode, fixedRepId, repIds, questions[{key, label, "
			+ "required}], active}; 409 when the slug is taken")
	ResponseEntity<BookingPagePayload> create(OrganizationId organization, Actor actor,
			@RequestBody BookingPagePayload body) {
		BookingPage page = pages.create(organization, actor, body.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/booking-pages/" + page.id())).body(BookingPagePayload.of(page));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One booking page")
	BookingPagePayload get(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		return BookingPagePayload.of(pages.get(organization, actor, id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Changes the fields given (managers)")
	BookingPagePayload edit(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestBody BookingPagePayload body) {
		return BookingPagePayload.of(pages.update(organization, actor, id, body.over(pages.get(organization, actor, id))));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Deletes a booking page (managers): its link stops working, its appointments stay")
	ResponseEntity<Void> delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		pages.delete(organization, actor, id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{id}/slots")
	@Operation(summary = "Free slots between from and to (instants, at most 62 days apart), or for days of the "
			+ "visitor starting at date, grouped by date in timeZone (default UTC)")
	SlotsPayload slots(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable Integer days,
			@RequestParam(required = false) @Nullable String timeZone) {
		BookingPage page = pages.get(organization, actor, id);
		ZoneId zone = SlotsPayload.zone(timeZone);
		SlotWindow window = SlotWindow.of(from, to, date, days, zone);
		return SlotsPayload.of(zone, window.from(), window.to(), slots.slots(page, window.from(), window.to()));
	}
}
