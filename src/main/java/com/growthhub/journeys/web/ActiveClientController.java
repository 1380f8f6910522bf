package com.growthhub.journeys.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

@Controller
class ActiveClientController {

	private final ActiveClients activeClients;
	private final ContactDirectory contacts;

	ActiveClientController(ActiveClients activeClients, ContactDirectory contacts) {
		this.activeClients = activeClients;
		this.contacts = contacts;
	}

	@GetMapping("/active-clients")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String cursor,
			Model model) {
		ActiveClients.Page page = activeClients.list(organization, actor, PageCursor.parse(cursor), JourneyController.PAGE);
		Map<UUID, String> names = JourneyController.namesOrDash(contacts, organization, actor,
				page.items().stream().map(ActiveClients.ActiveClient::contactId).toList());
		model.addAttribute("page", page);
		model.addAttribute("names", names);
		return "journeys/active-clients";
	}
}
