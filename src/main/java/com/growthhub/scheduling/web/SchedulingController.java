package com.growthhub.scheduling.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.scheduling.Appointment;
import com.growthhub.scheduling.AppointmentStatus;
import com.growthhub.scheduling.internal.AppointmentDesk;
import com.growthhub.scheduling.internal.AppointmentFilter;
import com.growthhub.shared.OrganizationId;

/** The staff's appointments list: a status filter, and marking a scheduled meeting completed, no-show or cancelled. */
@Controller
class SchedulingController {

	private final AppointmentDesk desk;
	private final Members members;
	private final ContactDirectory contacts;

	SchedulingController(AppointmentDesk desk, Members members, ContactDirectory contacts) {
		this.desk = desk;
		this.members = members;
		this.contacts = contacts;
	}

	@GetMapping("/scheduling")
	String home() {
		return "redirect:/scheduling/appointments";
	}

	@GetMapping("/scheduling/appointments")
	String appointments(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			Model model) {
		AppointmentFilter filter = AppointmentFilter.parse(null, status, null, null);
		List<Appointment> items = desk.list(organization, actor, filter, null, 200).items();
		model.addAttribute("items", items);
		model.addAttribute("status", filter.status() == null ? "" : filter.status().key());
		model.addAttribute("statuses", List.of(AppointmentStatus.values()).stream().map(AppointmentStatus::key).toList());
		model.addAttribute("reps", members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a)));
		Map<ContactId, String> names = contacts.names(organization, actor,
				items.stream().map(Appointment::contactId).distinct().toList());
		model.addAttribute("contacts", names);
		return "scheduling/appointments";
	}

	@PostMapping("/scheduling/appointments/{id}/status")
	String changeStatus(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String status,
			@RequestParam(required = false) @Nullable String filter, RedirectAttributes redirect) {
		try {
			desk.changeStatus(organization, actor, id, AppointmentStatus.fromKey(status));
		}
		catch (ProblemException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex instanceof ProblemException problem ? problem.getMessage() : "?");
		}
		return "redirect:/scheduling/appointments" + (filter == null || filter.isBlank() ? "" : "?status=" + filter);
	}
}
