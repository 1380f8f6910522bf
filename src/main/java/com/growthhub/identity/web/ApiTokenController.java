package com.growthhub.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.ApiTokens;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings › API tokens: personal tokens for programs in the current organization. */
@Controller
class ApiTokenController {

	static final String VIEW = "identity/settings/api-tokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** @param expiresOn the last day the token works (UTC); none means it never expires */
	record TokenForm(@NotBlank @Size(max = 100) String name,
			@FutureOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate expiresOn) {

		@Nullable Instant expiresAt() {
			return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		}
	}

	@GetMapping("/settings/api-tokens")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new TokenForm("", null));
		return page(user, model);
	}

	/**
	 * Answers with the page itself rather than a redirect: the secret is shown this once and so
	 * never passes through the session that a redirect would need to carry it.
	 */
	@PostMapping("/settings/api-tokens")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model) {
		if (result.hasErrors()) {
			return page(user, model);
		}
		model.addAttribute("created", tokens.create(user, form.name(), form.expiresAt()));
		model.addAttribute("form", new TokenForm("", null));
		return page(user, model);
	}

	@PostMapping("/settings/api-tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		tokens.revoke(user, id);
		redirect.addFlashAttribute("notice", "settings.apiTokens.revoked");
		return "redirect:/settings/api-tokens";
	}

	private String page(CurrentUser user, Model model) {
		user.organization();
		model.addAttribute("tokens", tokens.mine(user));
		return VIEW;
	}
}
