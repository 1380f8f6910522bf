package com.growthhub.masterclasses.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import com.growthhub.masterclasses.internal.live.LiveRooms;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

/**
 * The host's console page (host, managers, owners); its script calls {@link LiveConsoleApiController}.
 */
@Controller
@RequestMapping("/masterclasses/{id}/console")
class ConsoleController {

	private final LiveRooms rooms;

	ConsoleController(LiveRooms rooms) {
		this.rooms = rooms;
	}

	@GetMapping
	String page(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("room", rooms.moderated(organization, actor, id));
		return "masterclasses/console";
	}
}
