package com.growthhub.pipeline.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.contacts.ContactDirectory;
import com.growthhub.contacts.ContactId;
import com.growthhub.identity.Members;
import com.growthhub.pipeline.internal.DealDraft;
import com.growthhub.pipeline.internal.Deals;
import com.growthhub.pipeline.internal.PipelineView;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.pipeline.internal.StageKind;
import com.growthhub.pipeline.internal.StageView;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new-deal page. The board's "New deal" opens it on the board's pipeline ({@code ?pipeline=}), a contact's page
 * with that contact ({@code ?contact=}); otherwise the contact is picked with the type-ahead. The stage starts at the
 * pipeline's first open one and follows the pipeline picker.
 */
@Controller
class NewDealController {

	private final Deals deals;
	private final Pipelines pipelines;
	private final Members members;
	private final ServiceCatalog services;
	private final ContactDirectory contacts;

	NewDealController(Deals deals, Pipelines pipelines, Members members, ServiceCatalog services,
			ContactDirectory contacts) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.members = members;
		this.services = services;
		this.contacts = contacts;
	}

	/** A missing contact reads as "Choose a contact from the list." ({@code NotNull.form.contactId}). */
	record NewDealForm(@NotNull @Nullable UUID contactId, @Nullable UUID pipelineId, @Nullable UUID stageId,
			@NotBlank @Size(max = 200) @Nullable String title, @Nullable @Min(0) Long valueCents,
			@Nullable @Pattern(regexp = DealController.CURRENCY,
					message = "must be an ISO 4217 currency code such as USD") String currency,
			@Nullable UUID serviceId, @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedCloseDate,
			@Nullable UUID ownerId, @Nullable @Size(max = 200) String campaign) {

		DealDraft toDraft() {
			return new DealDraft(contactId, pipelineId, stageId, title, valueCents, DealController.blank(currency),
					serviceId, expectedCloseDate, ownerId, DealController.blank(campaign));
		}
	}

	@GetMapping("/deals/new")
	String newDeal(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable UUID contact,
			@RequestParam(required = false) @Nullable UUID pipeline, Model model) {
		PipelineView chosen = chosen(pipelines.list(organization, actor), pipeline);
		var form = new NewDealForm(contact, chosen.id(), firstOpen(chosen), null, null, "USD", null, null, null, null);
		model.addAttribute("form", form);
		return page(organization, actor, form, model);
	}

	@PostMapping("/deals/new")
	String create(OrganizationId organization, Actor actor, @Valid @ModelAttribute("form") NewDealForm form,
			BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return "redirect:/deals/" + deals.create(organization, actor, form.toDraft()).id();
			}
			catch (ErrorResponseException ex) {
				DealFormProblems.reject(result, model, ex);
			}
		}
		return page(organization, actor, form, model);
	}

	/** The stage picker for the pipeline just picked (htmx swaps it in). */
	@GetMapping("/deals/new/stages")
	String stages(OrganizationId organization, Actor actor, @RequestParam UUID pipelineId, Model model) {
		PipelineView chosen = pipelines.get(organization, actor, pipelineId);
		model.addAttribute("stages", startable(chosen));
		model.addAttribute("selectedStageId", firstOpen(chosen));
		return "pipeline/new :: stage";
	}

	private String page(OrganizationId organization, Actor actor, NewDealForm form, Model model) {
		List<PipelineView> all = pipelines.list(organization, actor);
		PipelineView chosen = chosen(all, form.pipelineId());
		model.addAttribute("contactName",
				form.contactId() == null ? null : contacts.nameOf(organization, actor, ContactId.of(form.contactId())));
		model.addAttribute("pipelines", all);
		model.addAttribute("stages", startable(chosen));
		model.addAttribute("selectedStageId", form.stageId() == null ? firstOpen(chosen) : form.stageId());
		model.addAttribute("members", members.list(organization));
		model.addAttribute("services", services.list(organization, actor));
		model.addAttribute("campaignChoices", deals.campaignChoices(organization, actor));
		return "pipeline/new";
	}

	/** The pipeline asked for, or the default one when none (or one of another organization) is named. */
	private static PipelineView chosen(List<PipelineView> all, @Nullable UUID id) {
		return all.stream().filter(p -> p.id().equals(id)).findFirst().orElse(all.getFirst());
	}

	/** A deal cannot start lost (that needs a reason), so lost stages are not offered. */
	private static List<StageView> startable(PipelineView pipeline) {
		return pipeline.stages().stream().filter(stage -> stage.kind() != StageKind.LOST).toList();
	}

	private static @Nullable UUID firstOpen(PipelineView pipeline) {
		return pipeline.stages().stream().filter(stage -> stage.kind() == StageKind.OPEN).map(StageView::id).findFirst()
			.orElse(null);
	}
}
