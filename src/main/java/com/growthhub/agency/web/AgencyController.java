package com.growthhub.agency.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.growthhub.agency.internal.HubBoard;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/** The agency hub page: every client account the person opens, with its figures, each a way into the account. */
@Controller
class AgencyController {

	private final HubBoard hub;

	AgencyController(HubBoard hub) {
		this.hub = hub;
	}

	@GetMapping("/agency")
	String hub(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("board", hub.board(organization, actor));
		return "agency/hub";
	}
}
