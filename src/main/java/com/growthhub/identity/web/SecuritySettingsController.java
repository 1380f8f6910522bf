package com.growthhub.identity.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.AccountSecurity;
import com.growthhub.identity.internal.AuthSessions;
import com.growthhub.platform.web.NotFoundException;

import jakarta.validation.Valid;

/** Settings › Security: the password, the signed-in sessions and the state of the authenticator app. */
@Controller
class SecuritySettingsController {

	private final AccountSecurity accountSecurity;
	private final AuthSessions sessions;
	private final SecurityPage page;

	SecuritySettingsController(AccountSecurity accountSecurity, AuthSessions sessions, SecurityPage page) {
		this.accountSecurity = accountSecurity;
		this.sessions = sessions;
		this.page = page;
	}

	@GetMapping("/settings/security")
	String security(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page.render(user, model);
	}

	@PostMapping("/settings/security/password")
	String changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("passwordForm") SecurityPage.PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.render(user, model);
		}
		try {
			int ended = accountSecurity.changePassword(user, form.currentPassword(), form.newPassword());
			redirect.addFlashAttribute("notice", "settings.security.password.changed");
			redirect.addFlashAttribute("noticeArgs", new Object[] { ended });
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return page.render(user, model);
		}
		return "redirect:/settings/security";
	}

	@PostMapping(path = "/settings/security/sessions/{id}/end", headers = "HX-Request")
	@ResponseBody
	ResponseEntity<String> endSessionInPlace(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		endSession(user, id);
		return ResponseEntity.ok("");
	}

	@PostMapping("/settings/security/sessions/{id}/end")
	String endSessionAndReload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			RedirectAttributes redirect) {
		endSession(user, id);
		redirect.addFlashAttribute("notice", "settings.security.sessions.ended");
		return "redirect:/settings/security";
	}

	private void endSession(CurrentUser user, UUID id) {
		if (!sessions.revokeOwn(user.userId(), id)) {
			throw NotFoundException.of("Session");
		}
	}
}
