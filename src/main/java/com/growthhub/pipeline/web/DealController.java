package com.growthhub.pipeline.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.Members;
import com.growthhub.pipeline.internal.DealChanges;
import com.growthhub.pipeline.internal.DealMoves;
import com.growthhub.pipeline.internal.DealView;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One deal: its fields in an edit form, and its stage history with the time spent in each stage. A new deal is
 * {@link NewDealController}'s.
 */
@Controller
class DealController {

	/** Empty (the default currency) or a three-letter code in any case. */
	static final String CURRENCY = "\\s*([A-Za-z]{3})?\\s*";

	private final Deals deals;
	private final DealMoves moves;
	private final Members members;
	private final ServiceCatalog services;

	DealController(Deals deals, DealMoves moves, Members members, ServiceCatalog services) {
		this.deals = deals;
		this.moves = moves;
		this.members = members;
		this.services = services;
	}

	record DealForm(@NotBlank @Size(max = 200) @Nullable String title, @Nullable @Min(0) Long valueCents,
			@Nullable @Pattern(regexp = CURRENCY, message = "must be an ISO 4217 currency code such as USD") String currency,
			@Nullable UUID serviceId, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate,
			@Nullable UUID ownerId, @Nullable @Size(max = 200) String campaign, @Nullable Long version) {

		static DealForm of(DealView deal) {
			return new DealForm(deal.title(), deal.valueCents(), deal.currency(), deal.serviceId(), deal.expectedCloseDate(),
					deal.ownerId(), deal.campaign(), deal.version());
		}

		DealChanges toChanges() {
			return new DealChanges(title, valueCents, blank(currency), serviceId, expectedCloseDate, ownerId, blank(campaign),
					version, cleared());
		}

		/** The form always sends service, owner, close date and campaign: an empty select or input clears them. */
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
			if (blank(campaign) == null) {
				cleared.add(DealChanges.Clearable.CAMPAIGN);
			}
			return cleared;
		}
	}

	@GetMapping("/deals/{id}")
	String show(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		DealView deal = deals.get(organization, actor, id);
		model.addAttribute("form", DealForm.of(deal));
		return dealPage(organization, actor, deal, model);
	}

	@PostMapping("/deals/{id}")
	String save(OrganizationId organization, Actor actor, @PathVariable UUID id, @Valid @ModelAttribute("form") DealForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				deals.update(organization, actor, id, form.toChanges());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/deals/" + id;
			}
			catch (ErrorResponseException ex) {
				DealFormProblems.reject(result, model, ex);
			}
		}
		return dealPage(organization, actor, deals.get(organization, actor, id), model);
	}

	private String dealPage(OrganizationId organization, Actor actor, DealView deal, Model model) {
		model.addAttribute("deal", deal);
		model.addAttribute("history", moves.history(organization, actor, deal.id()));
		model.addAttribute("members", members.list(organization));
		model.addAttribute("services", services.list(organization, actor));
		model.addAttribute("campaignChoices", deals.campaignChoices(organization, actor));
		return "pipeline/deal";
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
