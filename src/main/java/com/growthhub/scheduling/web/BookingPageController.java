package com.growthhub.scheduling.web;

import java.util.ArrayList;
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

import com.growthhub.identity.Members;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.ProblemException;
import com.growthhub.scheduling.internal.BookingPage;
import com.growthhub.scheduling.internal.BookingPages;
import com.growthhub.scheduling.internal.Question;
import com.growthhub.scheduling.internal.SchedulingAccess;
import com.growthhub.shared.OrganizationId;

/** Booking pages for the staff: a list with their public links, and an editor for managers. */
@Controller
class BookingPageController {

	private final BookingPages pages;
	private final SchedulingAccess access;
	private final Members members;

	BookingPageController(BookingPages pages, SchedulingAccess access, Members members) {
		this.pages = pages;
		this.access = access;
		this.members = members;
	}

	@GetMapping("/scheduling/pages")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("pages", pages.list(organization, actor));
		model.addAttribute("manager", access.isManager(organization, actor));
		model.addAttribute("names", names(organization));
		return "scheduling/pages";
	}

	@GetMapping("/scheduling/pages/new")
	String create(OrganizationId organization, Actor actor, Model model) {
		access.requireManager(organization, actor);
		return editor(organization, null, new BookingPagePayload(null, "", "", null, 30, 30, "round_robin", null,
				List.of(), true, List.of(actor.requireUserId()), null, null), null, model);
	}

	@GetMapping("/scheduling/pages/{id}")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		access.requireManager(organization, actor);
		return editor(organization, id, BookingPagePayload.of(pages.get(organization, actor, id)), null, model);
	}

	@PostMapping({ "/scheduling/pages", "/scheduling/pages/{id}" })
	String save(OrganizationId organization, Actor actor, @PathVariable(required = false) @Nullable UUID id,
			@RequestParam Map<String, String> form, @RequestParam(name = "repIds", required = false) @Nullable List<UUID> reps,
			Model model) {
		BookingPagePayload payload = null;
		try {
			payload = read(form, reps == null ? List.of() : reps);
			BookingPage saved = id == null ? pages.create(organization, actor, payload.toDraft())
					: pages.update(organization, actor, id, payload.toDraft());
			return "redirect:/scheduling/pages?saved=" + saved.slug();
		}
		catch (ProblemException ex) {
			return editor(organization, id, payload != null ? payload : read(Map.of(), List.of()), ex.getMessage(), model);
		}
	}

	@PostMapping("/scheduling/pages/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id) {
		pages.delete(organization, actor, id);
		return "redirect:/scheduling/pages";
	}

	private String editor(OrganizationId organization, @Nullable UUID id, BookingPagePayload page, @Nullable String error,
			Model model) {
		model.addAttribute("id", id);
		model.addAttribute("page", page);
		model.addAttribute("error", error);
		model.addAttribute("people", members.list(organization));
		model.addAttribute("questionLines", page.questions() == null ? "" : page.questions().stream()
			.map(q -> q.key() + " | " + q.label() + " | " + (q.required() ? "required" : "optional"))
			.collect(Collectors.joining("\n")));
		return "scheduling/page-editor";
	}

	private Map<UUID, String> names(OrganizationId organization) {
		return members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a));
	}

	private static BookingPagePayload read(Map<String, String> form, List<UUID> reps) {
		List<Question> questions = new ArrayList<>();
		for (String line : form.getOrDefault("questions", "").split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.split("\\|");
			questions.add(new Question(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0].strip(),
					parts.length > 2 && parts[2].strip().equalsIgnoreCase("required")));
		}
		String fixed = form.getOrDefault("fixedRepId", "");
		return new BookingPagePayload(null, form.get("slug"), form.get("title"),
				form.getOrDefault("description", "").isBlank() ? null : form.get("description"),
				number(form.get("durationMinutes")), number(form.get("slotStepMinutes")), form.get("assignmentMode"),
				fixed.isBlank() ? null : UUID.fromString(fixed), questions, form.containsKey("active"), reps, null, null);
	}

	private static @Nullable Integer number(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}
}
