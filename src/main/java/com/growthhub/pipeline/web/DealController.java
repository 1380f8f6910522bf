package com.growthhub.pipeline.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.Members;
import com.growthhub.pipeline.internal.DealChanges;
import com.growthhub.pipeline.internal.DealDraft;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.DealMoves;
import com.growthhub.pipeline.internal.DealView;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.ServiceCatalog;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One deal: its fields in an edit form, and its stage history with the time spent in each stage. */
@Controller
class DealController {

	private final Deals deals;
	private final DealMoves moves;
	private final Members members;
	private final ServiceCatalog services;
	private final Pipelines pipelines;

	private final ContactDirectory contacts;

	DealController(Deals deals, DealMoves moves, Members members, ServiceCatalog services, Pipelines pipelines,
			ContactDirectory contacts) {
		this.contacts = contacts;
		this.pipelines = pipelines;
		this.deals = deals;
		this.moves = moves;
		this.members = members;
		this.services = services;
	}

	record DealForm(@Nullable @Size(min = 1, max = 200) String title, @Nullable @Min(0) Long valueCents,
			@Nullable String currency, @Nullable UUID serviceId,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate, @Nullable UUID ownerId,
			@Nullable @Size(max = 200) String campaign, @Nullable Long version) {

		/** The form always sends service, owner and close date: an empty select or input clears them. */
		Set<DealChanges.Clearable> cleared() {
			Set<DealChanges.Clearable> cleared = EnumSet.noneOf(DealChanges.Clearable.class);
			if (serviceId == null) {
				cleared.add(DealChanges.Clearable.SERVICE);
			}
			if (expectedCloseDate == null) {
				cleared.add(DealChanges.Clearable.EXPECTED_CLOSE_DATE);
			}
			if (ownerId == null) {
				cleared.add(DealChanges.Clearable.OWNER);
			}
			return cleared;
		}
	}

	record NewDealForm(UUID contactId, @Nullable UUID pipelineId, String title, @Nullable Long valueCents,
			@Nullable String currency, @Nullable UUID serviceId,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate, @Nullable UUID ownerId,
			@Nullable String campaign) {
	}

	/** A new deal for a contact; other pages link here with {@code ?contact=<id>}. */
	@GetMapping("/deals/new")
	String newDeal(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID contact, Model model) {
		model.addAttribute("contactId", contact);
		model.addAttribute("contactName", contacts.nameOf(user, contact));
		model.addAttribute("pipelines", pipelines.list(user.organization()));
		model.addAttribute("members", members.list(user.organization()));
		model.addAttribute("services", services.list(user.organization()));
		return "pipeline/new";
	}

	@PostMapping("/deals/new")
	String create(@AuthenticationPrincipal CurrentUser user, NewDealForm form) {
		DealView deal = deals.create(user.organization(), user.userId(), new DealDraft(form.contactId(), form.pipelineId(), null,
				form.title(), form.valueCents(), blank(form.currency()), form.serviceId(), form.expectedCloseDate(),
				form.ownerId(), blank(form.campaign())));
		return "redirect:/deals/" + deal.id();
	}

	@GetMapping("/deals/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		DealView deal = deals.get(user.organization(), id);
		model.addAttribute("deal", deal);
		model.addAttribute("history", moves.history(user.organization(), id));
		model.addAttribute("members", members.list(user.organization()));
		model.addAttribute("services", services.list(user.organization()));
		return "pipeline/deal";
	}

	@PostMapping("/deals/{id}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, DealForm form, RedirectAttributes redirect) {
		deals.update(user.organization(), user.userId(), id, new DealChanges(blank(form.title()), form.valueCents(),
				blank(form.currency()), form.serviceId(), form.expectedCloseDate(), form.ownerId(), blank(form.campaign()),
				form.version(), form.cleared()));
		redirect.addFlashAttribute("saved", true);
		return "redirect:/deals/" + id;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
