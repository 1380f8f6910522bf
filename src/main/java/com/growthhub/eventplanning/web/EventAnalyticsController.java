package com.growthhub.eventplanning.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.growthhub.eventplanning.internal.EventAnalytics;
import com.growthhub.eventplanning.internal.Events;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** An event's analytics page: the figures, the check-ins chart and attendance per agenda item. */
@Controller
class EventAnalyticsController {

	private final Events events;
	private final EventAnalytics analytics;

	EventAnalyticsController(Events events, EventAnalytics analytics) {
		this.events = events;
		this.analytics = analytics;
	}

	@GetMapping("/events/{id}/analytics")
	String analytics(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("event", events.get(organization, actor, id));
		model.addAttribute("figures", analytics.of(organization, actor, id));
		return "eventplanning/analytics";
	}
}
