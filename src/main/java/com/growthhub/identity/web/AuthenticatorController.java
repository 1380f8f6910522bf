package com.growthhub.identity.web;

import java.io.Serializable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.AccountSecurity;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Settings › Security › Authenticator app. The secret waiting for its first code stays in the
 * server-side session, never in the page, so a form cannot swap in a secret of its own.
 */
@Controller
class AuthenticatorController {

	static final String PENDING = AuthenticatorController.class.getName() + ".pending";

	private final AccountSecurity accountSecurity;
	private final SecurityPage securityPage;

	AuthenticatorController(AccountSecurity accountSecurity, SecurityPage securityPage) {
		this.accountSecurity = accountSecurity;
		this.securityPage = securityPage;
	}

	record PendingAuthenticator(String secret, String otpauthUri, String qrCodeDataUri) implements Serializable {
	}

	record ConfirmForm(@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{identity.code.pattern}") String code) {
	}

	@GetMapping("/settings/security/authenticator")
	String setup(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		if (accountSecurity.account(user).hasTotp()) {
			return "redirect:/settings/security";
		}
		AccountSecurity.AuthenticatorSetup setup = accountSecurity.prepareAuthenticator(user.email());
		PendingAuthenticator pending = new PendingAuthenticator(setup.secret(), setup.otpauthUri(), setup.qrCodeDataUri());
		session.setAttribute(PENDING, pending);
		model.addAttribute("form", new ConfirmForm(""));
		model.addAttribute("setup", pending);
		return "identity/settings/authenticator";
	}

	@PostMapping("/settings/security/authenticator")
	String confirm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ConfirmForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		if (!(session.getAttribute(PENDING) instanceof PendingAuthenticator pending)) {
			return "redirect:/settings/security/authenticator";
		}
		model.addAttribute("setup", pending);
		if (result.hasErrors()) {
			return "identity/settings/authenticator";
		}
		try {
			accountSecurity.enableAuthenticator(user, pending.secret(), form.code().strip());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return "identity/settings/authenticator";
		}
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("notice", "settings.security.authenticator.enabled");
		return "redirect:/settings/security";
	}

	@PostMapping("/settings/security/authenticator/disable")
	String disable(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("disableForm") SecurityPage.DisableAuthenticatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return securityPage.render(user, model);
		}
		try {
			accountSecurity.disableAuthenticator(user, form.currentPassword());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return securityPage.render(user, model);
		}
		redirect.addFlashAttribute("notice", "settings.security.authenticator.disabled");
		return "redirect:/settings/security";
	}
}
