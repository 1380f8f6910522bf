package com.growthhub.scheduling.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.internal.BookingPage;
import com.growthhub.scheduling.internal.BookingPages;
import com.growthhub.scheduling.internal.Bookings;
import com.growthhub.scheduling.internal.PageSlots;
import com.growthhub.scheduling.internal.PublicBookingThrottle;
import com.growthhub.scheduling.internal.Question;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What the public booking page calls: no sign-in, no session; the page's slug is all a visitor knows. */
@RestController
@RequestMapping("/api/v1/public/booking/{slug}")
@SecurityRequirements
@Tag(name = "Public booking", description = "A booking page's slots and booking, for visitors (no authentication)")
class PublicBookingApiController {

	private final BookingPages pages;
	private final PageSlots slots;
	private final Bookings bookings;
	private final PublicBookingThrottle throttle;

	PublicBookingApiController(BookingPages pages, PageSlots slots, Bookings bookings, PublicBookingThrottle throttle) {
		this.pages = pages;
		this.slots = slots;
		this.bookings = bookings;
		this.throttle = throttle;
	}

	record PublicPage(String slug, String title, @Nullable String description, int durationMinutes,
			List<Question> questions) {
	}

	record Booked(String appointmentId, String title, java.time.Instant start, java.time.Instant end, String timeZone,
			java.time.OffsetDateTime localStart) {
	}

	@GetMapping
	@Operation(summary = "The page's title, description, duration and questions")
	PublicPage page(@PathVariable String slug) {
		BookingPage page = live(slug);
		return new PublicPage(page.slug(), page.title(), page.description(), page.durationMinutes(), page.questions());
	}

	@GetMapping("/slots")
	@Operation(summary = "Free slots for the visitor: from/to instants, or date (yyyy-MM-dd, the visitor's) and days "
			+ "(default 7), grouped by date in timeZone (default UTC); 429 with Retry-After past the per-address or per-page limit")
	SlotsPayload slots(@PathVariable String slug, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, @RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable Integer days,
			@RequestParam(required = false) @Nullable String timeZone, HttpServletRequest request) {
		throttle.slotLookup(slug, request.getRemoteAddr());
		BookingPage page = live(slug);
		ZoneId zone = SlotsPayload.zone(timeZone);
		SlotWindow window = SlotWindow.of(from, to, date, days, zone);
		return SlotsPayload.of(zone, window.from(), window.to(), slots.slots(page, window.from(), window.to()));
	}

	@PostMapping
	@Operation(summary = "Books a slot: {start, name, email, phone, answers, timeZone}; 201 with the appointment, "
			+ "409 \"That time was just taken\" when someone was faster, 422 for a time the page does not offer, "
			+ "429 with Retry-After past the per-address or per-page limit")
	ResponseEntity<Booked> book(@PathVariable String slug, @RequestBody Map<String, Object> body,
			HttpServletRequest request) {
		throttle.booking(slug, request.getRemoteAddr());
		Appointment appointment = bookings.book(slug, PublicBookingRequest.read(body));
		return ResponseEntity.created(URI.create("/api/v1/public/booking/" + slug))
			.body(new Booked(appointment.id().toString(), appointment.bookingPageTitle(), appointment.start(),
					appointment.end(), appointment.timeZone().getId(),
					appointment.start().atZone(appointment.timeZone()).toOffsetDateTime()));
	}

	private BookingPage live(String slug) {
		return pages.live(slug).orElseThrow(() -> NotFoundException.of("The booking page"));
	}
}
