package com.growthhub.analytics.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.analytics.internal.commissions.CommissionAccess;
import com.growthhub.analytics.internal.commissions.CommissionInputException;
import com.growthhub.analytics.internal.commissions.CommissionRuleDraft;
import com.growthhub.analytics.internal.commissions.CommissionRules;
import com.growthhub.analytics.internal.commissions.ProviderDraft;
import com.growthhub.analytics.internal.commissions.ProviderRole;
import com.growthhub.analytics.internal.commissions.ProviderView;
import com.growthhub.analytics.internal.commissions.Providers;
import com.growthhub.platform.tenancy.Actor;
import com.growthhub.platform.web.RefusedAction;
import com.growthhub.shared.OrganizationId;

/** The providers page (list and add) and a provider's page (edit, rules with their validation messages). */
@Controller
class ProviderController {

	private final Providers providers;
	private final CommissionRules rules;
	private final CommissionAccess access;

	ProviderController(Providers providers, CommissionRules rules, CommissionAccess access) {
		this.providers = providers;
		this.rules = rules;
		this.access = access;
	}

	@ModelAttribute("roles")
	ProviderRole[] roles() {
		return ProviderRole.values();
	}

	@GetMapping("/analytics/providers")
	String list(OrganizationId organization, Actor actor, Model model) {
		model.addAttribute("providers", providers.all(organization, actor));
		model.addAttribute("mayManage", access.mayManage(organization, actor));
		return "analytics/providers";
	}

	@PostMapping("/analytics/providers")
	String create(OrganizationId organization, Actor actor, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String role, RedirectAttributes redirect) {
		try {
			ProviderView created = providers.create(organization, actor, new ProviderDraft(name, role(role), null, true));
			redirect.addFlashAttribute("notice", "commissions.providers.created");
			return "redirect:/analytics/providers/" + created.id();
		}
		catch (ErrorResponseException ex) {
			flash(redirect, ex);
			return "redirect:/analytics/providers";
		}
	}

	@GetMapping("/analytics/providers/{id}")
	String show(OrganizationId organization, Actor actor, @PathVariable UUID id, Model model) {
		model.addAttribute("provider", providers.get(organization, actor, id));
		boolean mayManage = access.mayManage(organization, actor);
		model.addAttribute("mayManage", mayManage);
		model.addAttribute("rules", mayManage ? rules.list(organization, actor, id, null, 200).items() : List.of());
		return "analytics/provider";
	}

	@PostMapping("/analytics/providers/{id}")
	String update(OrganizationId organization, Actor actor, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String role,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		act(redirect, "commissions.providers.saved", () -> providers.patch(organization, actor, id,
				current -> new ProviderDraft(name, role(role), current.memberUserId(), active)));
		return "redirect:/analytics/providers/" + id;
	}

	@PostMapping("/analytics/providers/{id}/rules")
	String addRule(OrganizationId organization, Actor actor, @PathVariable UUID id, CommissionRuleForm form,
			RedirectAttributes redirect) {
		if (!act(redirect, "commissions.rules.created",
				() -> rules.create(organization, actor, new CommissionRuleDraft(id, form.rule(), form.from(), form.to())))) {
			redirect.addFlashAttribute("ruleForm", form);
		}
		return "redirect:/analytics/providers/" + id;
	}

	@PostMapping("/analytics/providers/{id}/rules/{ruleId}/delete")
	String deleteRule(OrganizationId organization, Actor actor, @PathVariable UUID id, @PathVariable UUID ruleId,
			RedirectAttributes redirect) {
		act(redirect, "commissions.rules.deleted", () -> rules.delete(organization, actor, ruleId));
		return "redirect:/analytics/providers/" + id;
	}

	private static @Nullable ProviderRole role(@Nullable String key) {
		try {
			return key == null || key.isBlank() ? null : ProviderRole.valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Makes a change and flashes its notice, or its refusal; false when it was refused. */
	private static boolean act(RedirectAttributes redirect, String notice, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
			return true;
		}
		catch (ErrorResponseException ex) {
			flash(redirect, ex);
			return false;
		}
	}

	/** Field errors are listed one by one under the form; other refusals as the usual alert. */
	private static void flash(RedirectAttributes redirect, ErrorResponseException ex) {
		if (ex instanceof CommissionInputException input) {
			redirect.addFlashAttribute("fieldErrors", new java.util.ArrayList<>(input.fieldErrors()));
		}
		else {
			RefusedAction.flash(redirect, ex);
		}
	}
}
