package com.growthhub.pipeline.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.pipeline.internal.PipelineTemplate;
import com.growthhub.pipeline.internal.Pipelines;
import com.growthhub.pipeline.internal.ServiceCatalog;
import com.growthhub.pipeline.internal.StageKind;
import com.growthhub.pipeline.internal.Stages;
import com.growthhub.platform.web.RefusedAction;

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
	String pipelines(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("pipelines", pipelines.list(user.organization()));
		model.addAttribute("kinds", StageKind.values());
		return "pipeline/settings";
	}

	@PostMapping("/pipelines")
	@PreAuthorize("hasRole('MANAGER')")
	String create(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, @RequestParam String template,
			@RequestParam(defaultValue = "false") boolean allowMultipleOpenDeals, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> pipelines.create(user.organization(), name,
				PipelineTemplate.fromKey(template), allowMultipleOpenDeals));
	}

	@PostMapping("/pipelines/{id}")
	@PreAuthorize("hasRole('MANAGER')")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(defaultValue = "false") boolean allowMultipleOpenDeals, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> pipelines.update(user.organization(), id, name, allowMultipleOpenDeals));
	}

	@PostMapping("/pipelines/{id}/stages")
	@PreAuthorize("hasRole('MANAGER')")
	String addStage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String name,
			@RequestParam(required = false) @Nullable String color, @RequestParam(required = false) @Nullable StageKind kind,
			@RequestParam(required = false) @Nullable Integer probability, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> stages.add(user.organization(), id, name, color, kind, probability));
	}

	@PostMapping("/pipelines/{id}/stages/{stageId}")
	@PreAuthorize("hasRole('MANAGER')")
	String updateStage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stageId,
			@RequestParam String name, @RequestParam String color, @RequestParam StageKind kind,
			@RequestParam Integer probability, RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines",
				() -> stages.update(user.organization(), id, stageId, name, color, kind, probability));
	}

	@PostMapping("/pipelines/{id}/stages/{stageId}/delete")
	@PreAuthorize("hasRole('MANAGER')")
	String removeStage(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID stageId,
			RedirectAttributes redirect) {
		return attempt(redirect, "/pipelines", () -> {
			stages.remove(user.organization(), id, stageId);
			return null;
		});
	}

	/** The settings page's drag and drop: every stage id in the new order. */
	@PostMapping("/pipelines/{id}/stages/order")
	@PreAuthorize("hasRole('MANAGER')")
	ResponseEntity<Void> reorder(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam List<UUID> stageIds) {
		stages.reorder(user.organization(), id, stageIds);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/services")
	String services(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("services", services.list(user.organization()));
		return "pipeline/services";
	}

	@PostMapping("/services")
	@PreAuthorize("hasRole('MANAGER')")
	String addService(@AuthenticationPrincipal CurrentUser user, @RequestParam String code, @RequestParam String name,
			@RequestParam(required = false) @Nullable Long priceCents, RedirectAttributes redirect) {
		return attempt(redirect, "/services", () -> services.create(user.organization(), code, name, priceCents, null));
	}

	private static String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<?> work) {
		try {
			work.get();
			redirect.addFlashAttribute("saved", true);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:" + back;
	}
}
