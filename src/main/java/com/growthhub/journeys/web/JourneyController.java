package com.growthhub.journeys.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.journeys.internal.ActiveClients;
import com.growthhub.journeys.internal.JourneyStatus;
import com.growthhub.journeys.internal.JourneyTemplates;
import com.growthhub.journeys.internal.JourneyView;
import com.growthhub.journeys.internal.Journeys;
import com.growthhub.pipeline.ServiceOffer;
import com.growthhub.pipeline.ServiceOffers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The journeys list with the start form, and a journey's page with its moves and steps. */
@Controller
class JourneyController {

	static final int PAGE = 50;

	private final Journeys journeys;
	private final JourneyTemplates templates;
	private final ActiveClients activeClients;
	private final ContactDirectory contacts;
	private final Members members;
	private final ServiceOffers catalog;

	JourneyController(Journeys journeys, JourneyTemplates templates, ActiveClients activeClients, ContactDirectory contacts,
			Members members, ServiceOffers catalog) {
		this.journeys = journeys;
		this.templates = templates;
		this.activeClients = activeClients;
		this.contacts = contacts;
		this.members = members;
		this.catalog = catalog;
	}

	@GetMapping("/journeys")
	String list(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cursor, Model model) {
		Journeys.Page page = journeys.list(organization, actor, null, JourneyStatus.parse("status", status),
				PageCursor.parse(cursor), PAGE);
		Map<UUID, String> names = namesOrDash(contacts, organization, actor,
				page.items().stream().map(JourneyView::contactId).toList());
		model.addAttribute("page", page);
		model.addAttribute("names", names);
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("statuses", JourneyStatus.values());
		model.addAttribute("templates", templates.list(organization, actor));
		model.addAttribute("services", catalog.live(organization));
		return "journeys/list";
	}

	/** The contact comes from the type-ahead picker; sent without one, the list page says so at the picker. */
	@PostMapping("/journeys")
	String start(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam UUID templateId, @RequestParam(required = false) @Nullable List<UUID> services,
			@RequestParam(defaultValue = "") String concerns, RedirectAttributes redirect) {
		if (contactId == null) {
			redirect.addFlashAttribute("startContactMissing", true);
			return "redirect:/journeys";
		}
		try {
			JourneyView started = journeys.start(organization, actor, contactId, templateId,
					services == null ? List.of() : services, Arrays.stream(concerns.split("\\R")).toList());
			redirect.addFlashAttribute("notice", "journeys.started");
			return "redirect:/journeys/" + started.id();
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/journeys";
		}
	}

	@GetMapping("/journeys/{id}")
	String detail(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		return detailPage(organization, actor, id, FormRefusal.NONE, model);
	}

	@PostMapping("/journeys/{id}/transition")
	String transition(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String to,
			RedirectAttributes redirect) {
		try {
			journeys.transition(organization, actor, id, JourneyStatus.fromKey(to));
			redirect.addFlashAttribute("notice", "journeys.moved");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/journeys/" + id;
	}

	@PostMapping("/journeys/{id}/steps/{stepId}")
	String step(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stepId,
			@RequestParam boolean done) {
		journeys.updateStep(organization, actor, id, stepId, done, null, null);
		return "redirect:/journeys/" + id;
	}

	/** A step's new assignee and due date; a refusal shows next to the step's inputs, as typed. */
	@PostMapping("/journeys/{id}/steps/{stepId}/plan")
	String plan(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stepId,
			@RequestParam(defaultValue = "") String assigneeId, @RequestParam(defaultValue = "") String dueOn, Model model,
			RedirectAttributes redirect) {
		String form = "plan-" + stepId;
		Map<String, String> typed = Map.of("assigneeId", assigneeId, "dueOn", dueOn);
		StepPlan plan = StepPlan.read(assigneeId, dueOn);
		if (!plan.errors().isEmpty()) {
			return detailPage(organization, actor, id, FormRefusal.of(form, typed, plan.errors()), model);
		}
		try {
			journeys.updateStep(organization, actor, id, stepId, null, plan.assigneeId(), plan.dueOn());
			redirect.addFlashAttribute("notice", "journeys.detail.planned");
			return "redirect:/journeys/" + id;
		}
		catch (ErrorResponseException ex) {
			return detailPage(organization, actor, id, FormRefusal.of(form, typed, ex, field -> field), model);
		}
	}

	/**
	 * "Agreed to service": the ticked services, each with the price typed next to it in units ({@code 12.50}); a
	 * refusal shows next to the prices, as typed.
	 */
	@PostMapping("/journeys/{id}/active-client")
	String agree(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable List<UUID> services, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		AgreementForm agreement = AgreementForm.typed(services, form);
		if (!agreement.errors().isEmpty()) {
			return detailPage(organization, actor, id, FormRefusal.of(AgreementForm.NAME, agreement.inputs(),
					agreement.errors()), model);
		}
		try {
			activeClients.agree(organization, actor, id, agreement.purchases());
			redirect.addFlashAttribute("notice", "journeys.agreed");
			return "redirect:/journeys/" + id;
		}
		catch (ErrorResponseException ex) {
			return detailPage(organization, actor, id,
					FormRefusal.of(AgreementForm.NAME, agreement.inputs(), ex, agreement::inputOf), model);
		}
	}

	private String detailPage(OrganizationId organization, Actor actor, UUID id, FormRefusal refusal, Model model) {
		JourneyView journey = journeys.get(organization, actor, id);
		List<ServiceOffer> offered = catalog.live(organization);
		model.addAttribute("journey", journey);
		model.addAttribute("contactName", nameOrDash(organization, actor, journey.contactId()));
		model.addAttribute("people", members.list(organization).stream()
			.collect(Collectors.toMap(Members.Member::userId, Members.Member::name, (a, b) -> a)));
		model.addAttribute("services", offered);
		model.addAttribute("serviceNames", offered.stream()
			.collect(Collectors.toMap(ServiceOffer::id, ServiceOffer::name)));
		model.addAttribute("catalogPrices", AgreementForm.catalogPrices(offered));
		model.addAttribute("refused", refusal);
		return "journeys/detail";
	}

	/** The contacts' display names in one query; "—" for one the viewer may not see or that is gone. */
	static Map<UUID, String> namesOrDash(ContactDirectory contacts, OrganizationId organization, Actor actor,
			java.util.Collection<UUID> contactIds) {
		Map<ContactId, String> found = contacts.names(organization, actor,
				contactIds.stream().map(ContactId::of).toList());
		Map<UUID, String> names = new LinkedHashMap<>();
		contactIds.forEach(id -> names.put(id, found.getOrDefault(ContactId.of(id), "—")));
		return names;
	}

	private String nameOrDash(OrganizationId organization, Actor actor, UUID contactId) {
		try {
			return contacts.nameOf(organization, actor, ContactId.of(contactId));
		}
		catch (ErrorResponseException ex) {
			return "—";
		}
	}
}
