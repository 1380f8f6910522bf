package com.growthhub.scheduling.web;

import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.growthhub.platform.web.NotFoundException;
import com.growthhub.scheduling.internal.BookingPages;

/** The public booking page: the visitor's zone, days and slots come from the public API through booking.js. */
@Controller
class PublicBookingController {

	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
		.filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/") || zone.equals("UTC"))
		.sorted()
		.toList();

	private final BookingPages pages;

	PublicBookingController(BookingPages pages) {
		this.pages = pages;
	}

	@GetMapping("/book/{slug}")
	String page(@PathVariable String slug, Model model) {
		model.addAttribute("page", pages.live(slug).orElseThrow(() -> NotFoundException.of("The booking page")));
		model.addAttribute("zones", ZONES);
		return "scheduling/book";
	}
}
