package com.growthhub.integrations.internal.webhooks.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.integrations.internal.webhooks.DeliveryView;
import com.growthhub.integrations.internal.webhooks.WebhookEventType;
import com.growthhub.integrations.internal.webhooks.WebhookInputException;
import com.growthhub.integrations.internal.webhooks.WebhookView;
import com.growthhub.integrations.internal.webhooks.Webhooks;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.PageCursor;
import com.growthhub.shared.OrganizationId;

import jakarta.validation.Valid;

/**
 * Settings › Webhooks (owners and admins): the subscriptions with their status and last delivery, the form with the
 * event checkboxes, the secret shown once, and each subscription's delivery log with replay and "send test event".
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class WebhookController {

	static final int LOG_PAGE = 25;

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/settings/webhooks")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("webhooks", webhooks.list(organization, actor));
		return "integrations/webhooks/list";
	}

	@GetMapping("/settings/webhooks/new")
	String newForm(Model model) {
		return form(WebhookForm.empty(), model);
	}

	/** Answers the page itself, not a redirect: the secret is shown this once and never rides in the session. */
	@PostMapping("/settings/webhooks")
	String create(@Valid @ModelAttribute("form") WebhookForm form, BindingResult result, OrganizationId organization,
			Actor actor, Model model) {
		if (result.hasErrors()) {
			return form(form, model);
		}
		try {
			WebhookView created = webhooks.create(organization, actor, form.toDraft(true));
			model.addAttribute("secret", created.secret());
			model.addAttribute("notice", "webhooks.created");
			return detail(organization, actor, created.id(), null, model);
		}
		catch (WebhookInputException ex) {
			reject(result, ex);
			return form(form, model);
		}
	}

	@GetMapping("/settings/webhooks/{id}")
	String show(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		if (htmx != null && cursor != null) {
			// "Older deliveries" asks htmx for the next rows only, appended under those already shown.
			log(organization, actor, id, cursor, model);
			return "integrations/webhooks/detail :: rows";
		}
		return detail(organization, actor, id, cursor, model);
	}

	@GetMapping("/settings/webhooks/{id}/log")
	String refreshLog(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("webhook", webhooks.get(organization, actor, id));
		log(organization, actor, id, null, model);
		return "integrations/webhooks/detail :: log";
	}

	@PostMapping("/settings/webhooks/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") WebhookForm form, BindingResult result,
			OrganizationId organization, Actor actor, Model model, RedirectAttributes redirect) {
		WebhookView current = webhooks.get(organization, actor, id);
		if (!result.hasErrors()) {
			try {
				webhooks.update(organization, actor, id, form.toDraft(current.enabled()));
				redirect.addFlashAttribute("notice", "webhooks.saved");
				return "redirect:/settings/webhooks/" + id;
			}
			catch (WebhookInputException ex) {
				reject(result, ex);
			}
		}
		model.addAttribute("webhook", current);
		model.addAttribute("editing", true);
		return detailPage(organization, actor, current, form, null, model);
	}

	@PostMapping("/settings/webhooks/{id}/enabled")
	String enable(OrganizationId organization, Actor actor, @PathVariable UUID id, @RequestParam boolean enabled,
			RedirectAttributes redirect) {
		Webhooks.Draft current = webhooks.draftOf(webhooks.get(organization, actor, id));
		webhooks.update(organization, actor, id,
				new Webhooks.Draft(current.url(), current.description(), current.events(), enabled));
		redirect.addFlashAttribute("notice", enabled ? "webhooks.enabled" : "webhooks.disabled");
		return "redirect:/settings/webhooks/" + id;
	}

	@PostMapping("/settings/webhooks/{id}/test")
	String test(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		webhooks.test(organization, actor, id);
		redirect.addFlashAttribute("notice", "webhooks.testQueued");
		return "redirect:/settings/webhooks/" + id;
	}

	@PostMapping("/settings/webhooks/{id}/rotate-secret")
	String rotate(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("secret", webhooks.rotateSecret(organization, actor, id).secret());
		model.addAttribute("notice", "webhooks.rotated");
		return detail(organization, actor, id, null, model);
	}

	@PostMapping("/settings/webhooks/{id}/delete")
	String delete(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		webhooks.delete(organization, actor, id);
		redirect.addFlashAttribute("notice", "webhooks.deleted");
		return "redirect:/settings/webhooks";
	}

	@PostMapping("/settings/webhooks/deliveries/{id}/replay")
	String replay(OrganizationId organization, Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
		DeliveryView replay = webhooks.replay(organization, actor, id);
		redirect.addFlashAttribute("notice", "webhooks.replayQueued");
		return "redirect:/settings/webhooks/" + replay.subscriptionId();
	}

	private String detail(OrganizationId organization, Actor actor, UUID id, @Nullable String cursor, Model model) {
		WebhookView webhook = webhooks.get(organization, actor, id);
		return detailPage(organization, actor, webhook, WebhookForm.of(webhook), cursor, model);
	}

	private String detailPage(OrganizationId organization, Actor actor, WebhookView webhook, WebhookForm form,
			@Nullable String cursor, Model model) {
		model.addAttribute("webhook", webhook);
		model.addAttribute("form", form);
		model.addAttribute("eventTypes", Arrays.asList(WebhookEventType.values()));
		log(organization, actor, webhook.id(), cursor, model);
		return "integrations/webhooks/detail";
	}

	private void log(OrganizationId organization, Actor actor, UUID id, @Nullable String cursor, Model model) {
		Webhooks.Page page = webhooks.deliveries(organization, actor, id, PageCursor.parse(cursor), LOG_PAGE);
		model.addAttribute("deliveries", page.items());
		model.addAttribute("nextCursor", page.nextCursor());
		model.addAttribute("subscriptionId", id);
	}

	private static String form(WebhookForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("eventTypes", List.of(WebhookEventType.values()));
		return "integrations/webhooks/form";
	}

	private static void reject(BindingResult result, WebhookInputException ex) {
		Object errors = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("errors");
		if (errors instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?> error) {
			String field = String.valueOf(error.get("field"));
			String message = String.valueOf(error.get("message"));
			result.rejectValue(field.startsWith("events") ? "events" : field, "webhooks.invalid",
					field.equals("url") ? "This address " + message + "." : message);
			return;
		}
		result.reject("webhooks.invalid", ex.getBody().getDetail());
	}
}
