package com.growthhub.pipeline.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import com.growthhub.platform.web.Amount;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** Settings pages: pipelines and their stages (drag to reorder), and the service catalog. */
@Controller
class PipelineSettingsController {

	private final Pipelines pipelines;
	private final Stages stages;
	private final ServiceCatalog services;
	private final MessageSource messages;

	PipelineSettingsController(Pipelines pipelines, Stages stages, ServiceCatalog services, MessageSource messages) {
		this.pipelines = pipelines;
		this.stages = stages;
		this.services = services;
		this.messages = messages;
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
		model.addAttribute("defaultCurrency", services.defaultCurrency(organization));
		if (!model.containsAttribute("refused")) {
			model.addAttribute("refused", SettingsRefusal.NONE);
		}
		return "pipeline/services";
	}

	/** A new service as typed: the price in units ({@code 12.50}), no currency for the organization's. */
	record ServiceForm(@Nullable String code, @Nullable String name, @Nullable Amount price, @Nullable String currency) {
	}

	@PostMapping("/services")
	@PreAuthorize("hasRole('MANAGER')")
	String addService(OrganizationId organization, Actor actor, @ModelAttribute("service") ServiceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
		Map<String, String> typed = new HashMap<>();
		for (String field : List.of("code", "name", "price", "currency")) {
			typed.put(field, Objects.toString(binding.getFieldValue(field), ""));
		}
		String code = Objects.toString(form.code(), "");
		String name = Objects.toString(form.name(), "");
		String currency = form.currency() == null || form.currency().isBlank() ? null : form.currency();
		if (binding.hasFieldErrors("price")) {
			// The price cannot be read, so nothing is sent; the other fields are still checked, all marked at once.
			Map<String, String> errors = new HashMap<>(services.problems(code, name, null, currency));
			errors.put("price", messages.getMessage(binding.getFieldError("price"), locale));
			model.addAttribute("refused", new SettingsRefusal("new-service", typed, errors));
			return services(organization, actor, model);
		}
		Long cents = form.price() == null ? null : form.price().cents();
		return attempt(redirect, "/services", () -> services.create(organization, actor, code, name, cents, currency),
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
