package com.growthhub.pipeline.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.pipeline.internal.PipelineTemplate;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.pipeline.internal.StageKind;
import com.growthhub.pipeline.internal.Stages;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Settings pages: pipelines and their stages (drag to reorder), and the service catalog. */
@Controller
class PipelineSettingsController {

	private final Pipelines pipelines;
	private final Stages stages;
	private final ServiceCatalog services;

	PipelineSettingsController(Pipelines pipelines, Stages stages, ServiceCatalog services) {
		this.pipelines = pipelines;
		this.stages = stages;
		this.services = services;
	}

	@GetMapping("/pipelines")
	String pipelines(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("pipelines", pipelines.list(organization, actor));
		model.addAttribute("kinds", StageKind.values());
		if (!model.containsAttribute("refused")) {
			model.addAttribute("refused", SettingsRefusal.NONE);
		}
		return "pipeline/settings";
	}

	@PostMapping("/pipelines")
	@PreAuthorize("hasRole('MANAGER')")
	String create(OrganizationId organization, Actor actor, @RequestParam String name, @RequestParam String template,
			@RequestParam(defaultValue = "false") boolean allowMultipleOpenDeals, Model model, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> pipelines.create(organization, actor, name,
				PipelineTemplate.fromKey(template), allowMultipleOpenDeals),
				refused("new-pipeline", Map.of("name", name), model, () -> pipelines(organization, actor, model)));
	}

	@PostMapping("/pipelines/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(defaultValue = "false") boolean allowMultipleOpenDeals, Model model, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> pipelines.update(organization, actor, id, name, allowMultipleOpenDeals),
				refused("pipeline-" + id, Map.of("name", name), model, () -> pipelines(organization, actor, model)));
	}

	@PostMapping("/pipelines/{id}/stages")
	@PreAuthorize("hasRole('MANAGER')")
	String addStage(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(required = false) @Nullable String color, @RequestParam(required = false) @Nullable StageKind kind,
			@RequestParam(required = false) @Nullable Integer probability, Model model, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> stages.add(organization, actor, id, name, color, kind, probability),
				refused("new-stage-" + id, Map.of("name", name), model, () -> pipelines(organization, actor, model)));
	}

	@PostMapping("/pipelines/{id}/stages/{stageId}")
	@PreAuthorize("hasRole('MANAGER')")
	String updateStage(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stageId,
			@RequestParam String name, @RequestParam String color, @RequestParam StageKind kind,
			@RequestParam Integer probability, Model model, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines",
				() -> stages.update(organization, actor, id, stageId, name, color, kind, probability),
				refused("stage-" + stageId, Map.of("name", name, "color", color, "probability", String.valueOf(probability)),
						model, () -> pipelines(organization, actor, model)));
	}

	@PostMapping("/pipelines/{id}/stages/{stageId}/delete")
	@PreAuthorize("hasRole('MANAGER')")
	String removeStage(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID stageId,
			RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> {
			stages.remove(organization, actor, id, stageId);
			return null;
		}, null);
	}

	/** The settings page's drag and drop: every stage id in the new order. */
	@PostMapping("/pipelines/{id}/stages/order")
	@PreAuthorize("hasRole('MANAGER')")
	ResponseEntity<Void> reorder(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam List<UUID> stageIds) {
		stages.reorder(organization, actor, id, stageIds);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/services")
	String services(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("services", services.list(organization, actor));
		if (!model.containsAttribute("refused")) {
			model.addAttribute("refused", SettingsRefusal.NONE);
		}
		return "pipeline/services";
	}

	@PostMapping("/services")
	@PreAuthorize("hasRole('MANAGER')")
	String addService(OrganizationId organization, Actor actor, @RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) @Nullable Long priceCents, Model model, RedirectAttributes redirect) {
		Map<String, String> typed = Map.of("code", code, "name", name, "priceCents",
				priceCents == null ? "" : String.valueOf(priceCents));
		return attempt(redirect, "/services", () -> services.create(organization, actor, code, name, priceCents, null),
				refused("new-service", typed, model, () -> services(organization, actor, model)));
	}

	/** Shows a form's refused fields in place on the page, keeping what was typed; empty when none is named. */
	private static Function<ErrorResponseException, Optional<String>> refused(String form, Map<String, String> typed,
			Model model, Supplier<String> page) {
		return ex -> SettingsRefusal.of(form, typed, ex).map(refusal -> {
			model.addAttribute("refused", refusal);
			return page.get();
		});
	}

	/**
	 * Saves and goes back. A refusal naming fields of the form re-renders the page with them marked (when
	 * {@code inPlace} is given); any other is shown above the page after the redirect.
	 */
	private static String attempt(RedirectAttributes redirect, String back, Supplier<?> work,
			@Nullable Function<ErrorResponseException, Optional<String>> inPlace) {
		try {
			work.get();
			redirect.addFlashAttribute("saved", true);
		}
		catch (ErrorResponseException ex) {
			Optional<String> page = inPlace == null ? Optional.empty() : inPlace.apply(ex);
			if (page.isPresent()) {
				return page.get();
			}
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:" + back;
	}
}
