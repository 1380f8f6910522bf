package com.growthhub.eventplanning.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.growthhub.eventplanning.internal.EventInvites;

/**
 * The public pass behind the link in an invitation: the attendee's QR code, the event, and their calendar file. The
 * signed code in the address is the only key; an unknown, forged or expired one is a 404 like any other address.
 */
@Controller
class EventPassController {

	private final EventInvites invites;

	EventPassController(EventInvites invites) {
		this.invites = invites;
	}

	@GetMapping("/event-passes/{code}")
	String pass(@PathVariable String code, Model model) {
		model.addAttribute("pass", invites.requirePass(code));
		return "eventplanning/pass";
	}

	@GetMapping("/event-passes/{code}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable String code) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.body(invites.qrPng(code));
	}

	@GetMapping("/event-passes/{code}/invite.ics")
	ResponseEntity<byte[]> invite(@PathVariable String code) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"invite.ics\"")
			.body(invites.forPass(code).getBytes(StandardCharsets.UTF_8));
	}
}
