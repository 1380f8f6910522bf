package com.growthhub.masterclasses.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Members;
import com.growthhub.masterclasses.internal.FunnelStatus;
import com.growthhub.masterclasses.internal.MasterclassCovers;
import com.growthhub.masterclasses.internal.MasterclassInput;
import com.growthhub.masterclasses.internal.MasterclassInputException;
import com.growthhub.masterclasses.internal.MasterclassStatus;
import com.growthhub.masterclasses.internal.MasterclassView;
import com.growthhub.masterclasses.internal.Masterclasses;
import com.growthhub.masterclasses.internal.Registrations;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.scheduling.BookingPageChoices;
import com.growthhub.shared.OrganizationId;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff's masterclass pages: the list with a status filter, the create and edit form, and a class's page with its
 * registrations (funnel filter), its status buttons and the links to the host console, transcripts and insights.
 */
@Controller
class MasterclassController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

	private final Masterclasses masterclasses;
	private final Registrations registrations;
	private final Members members;
	private final BookingPageChoices bookingPages;
	private final MasterclassCovers covers;

	MasterclassController(Masterclasses masterclasses, Registrations registrations, Members members,
			BookingPageChoices bookingPages, MasterclassCovers covers) {
		this.masterclasses = masterclasses;
		this.covers = covers;
		this.registrations = registrations;
		this.members = members;
		this.bookingPages = bookingPages;
	}

	@GetMapping("/masterclasses")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		MasterclassStatus filter = MasterclassApiController.status(status);
		model.addAttribute("page", masterclasses.list(organization, actor, filter, PageCursor.parse(cursor), 50));
		model.addAttribute("status", filter == null ? "" : filter.key());
		model.addAttribute("statuses", MasterclassStatus.keys());
		model.addAttribute("mayCreate", masterclasses.mayCreate(organization, actor));
		return "masterclasses/list";
	}

	@GetMapping("/masterclasses/new")
	String create(OrganizationId organization, Actor actor, Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("timeZone", "UTC");
		form.put("currency", "EUR");
		form.put("priceCents", "0");
		form.put("streamKind", "url");
		form.put("attendanceThresholdMinutes", "10");
		return form(organization, actor, null, form, model);
	}

	@PostMapping("/masterclasses")
	String created(OrganizationId organization, Actor actor, @RequestParam Map<String, String> form,
			@RequestParam(required = false) @Nullable MultipartFile cover, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		MasterclassView created;
		try {
			created = masterclasses.create(organization, actor, MasterclassInput.formFields(form));
		}
		catch (ErrorResponseException ex) {
			return refused(organization, actor, null, form, model, response, ex);
		}
		return withCover(organization, actor, created.id(), cover, false, redirect);
	}

	@GetMapping("/masterclasses/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String funnelStatus,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		MasterclassView masterclass = masterclasses.get(organization, actor, id);
		FunnelStatus filter = funnelStatus == null || funnelStatus.isBlank() ? null
				: FunnelStatus.fromKey(funnelStatus).orElseThrow(() -> MasterclassInputException.field("funnelStatus",
						"must be one of " + String.join(", ", FunnelStatus.keys())));
		model.addAttribute("masterclass", masterclass);
		model.addAttribute("registrations",
				registrations.list(organization, actor, id, filter, PageCursor.parse(cursor), 100));
		model.addAttribute("funnelStatus", filter == null ? "" : filter.key());
		model.addAttribute("funnelStatuses", FunnelStatus.keys());
		model.addAttribute("mayEdit", masterclasses.mayEdit(organization, actor, masterclass));
		model.addAttribute("host", masterclass.hostUserId() == null ? null
				: members.find(organization, masterclass.hostUserId()).map(Members.Member::name).orElse(null));
		model.addAttribute("actions", java.util.Arrays.stream(MasterclassStatus.Action.values())
			.filter(action -> masterclass.status().after(action).isPresent())
			.map(MasterclassStatus.Action::key)
			.toList());
		return "masterclasses/detail";
	}

	@GetMapping("/masterclasses/{id}/edit")
	String edit(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		MasterclassView masterclass = masterclasses.get(organization, actor, id);
		ZoneId zone = ZoneId.of(masterclass.timeZone());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", masterclass.title());
		form.put("slug", masterclass.slug());
		form.put("description", masterclass.description());
		form.put("agenda", masterclass.agenda().stream().map(item -> item.minute() + " " + item.title())
			.collect(Collectors.joining("\n")));
		form.put("questions", masterclass.questions().stream()
			.map(question -> question.key() + " | " + question.label() + (question.required() ? " | required" : ""))
			.collect(Collectors.joining("\n")));
		form.put("hostUserId", masterclass.hostUserId() == null ? "" : masterclass.hostUserId().toString());
		form.put("startsAt", LOCAL.format(masterclass.startsAt().atZone(zone)));
		form.put("endsAt", LOCAL.format(masterclass.endsAt().atZone(zone)));
		form.put("timeZone", masterclass.timeZone());
		form.put("priceCents", Long.toString(masterclass.priceCents()));
		form.put("currency", masterclass.currency());
		form.put("capacity", masterclass.capacity() == null ? "" : masterclass.capacity().toString());
		form.put("streamKind", masterclass.streamKind().name().toLowerCase(java.util.Locale.ROOT));
		form.put("streamUrl", masterclass.streamUrl() == null ? "" : masterclass.streamUrl());
		form.put("bookingPageId", masterclass.bookingPageId() == null ? "" : masterclass.bookingPageId().toString());
		form.put("attendanceThresholdMinutes", Integer.toString(masterclass.attendanceThresholdMinutes()));
		return form(organization, actor, masterclass, form, model);
	}

	@PostMapping("/masterclasses/{id}")
	String updated(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam Map<String, String> form, @RequestParam(required = false) @Nullable MultipartFile cover,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		MasterclassView masterclass = masterclasses.get(organization, actor, id);
		try {
			// The form always sends every field: an emptied one clears it.
			masterclasses.update(organization, actor, id, MasterclassInput.formFields(form));
		}
		catch (ErrorResponseException ex) {
			return refused(organization, actor, masterclass, form, model, response, ex);
		}
		return withCover(organization, actor, id, cover, "true".equals(form.get("removeCover")), redirect);
	}

	/**
	 * The cover chosen in the form, after the class's fields are saved: a refused image (type, size) is told on the
	 * class's page while the rest stays saved, rather than losing what was typed.
	 */
	private String withCover(OrganizationId organization, Actor actor, UUID id, @Nullable MultipartFile cover,
			boolean remove, RedirectAttributes redirect) {
		try {
			if (cover != null && !cover.isEmpty()) {
				try (java.io.InputStream content = cover.getInputStream()) {
					covers.change(organization, actor, id, content, cover.getOriginalFilename());
				}
			}
			else if (remove) {
				covers.remove(organization, actor, id);
			}
			redirect.addFlashAttribute("notice", "masterclasses.saved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("Could not read the uploaded cover", ex);
		}
		return "redirect:/masterclasses/" + id;
	}

	@PostMapping("/masterclasses/{id}/{action:publish|start|end|archive}")
	String move(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable String action,
			RedirectAttributes redirect) {
		try {
			MasterclassView moved = masterclasses.move(organization, actor, id,
					MasterclassStatus.Action.valueOf(action.toUpperCase(java.util.Locale.ROOT)));
			redirect.addFlashAttribute("notice", "masterclasses.moved");
			redirect.addFlashAttribute("noticeArgs", new Object[] { moved.status().key() });
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/masterclasses/" + id;
	}

	@PostMapping("/masterclasses/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			masterclasses.delete(organization, actor, id);
			redirect.addFlashAttribute("notice", "masterclasses.deleted");
			return "redirect:/masterclasses";
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/masterclasses/" + id;
		}
	}

	private String refused(OrganizationId organization, Actor actor, @Nullable MasterclassView masterclass,
			Map<String, String> form, Model model, HttpServletResponse response, ErrorResponseException ex) {
		if (ex.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
			throw ex;
		}
		response.setStatus(ex.getStatusCode().value());
		model.addAttribute("problem", ex.getBody().getDetail());
		return form(organization, actor, masterclass, form, model);
	}

	private String form(OrganizationId organization, Actor actor, @Nullable MasterclassView masterclass,
			Map<String, String> form, Model model) {
		model.addAttribute("masterclass", masterclass);
		model.addAttribute("form", form);
		model.addAttribute("members", members.list(organization));
		model.addAttribute("bookingPages", bookingPages.active(organization, actor));
		model.addAttribute("streamKinds", java.util.List.of("url", "hls", "youtube", "vimeo"));
		return "masterclasses/form";
	}
}
