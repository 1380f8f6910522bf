package com.growthhub.identity.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.AccountSecurity;
import com.growthhub.identity.internal.AuthSessions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The security settings page holds several forms; whichever one failed re-renders the whole page,
 * so the others get fresh form objects here.
 */
@Component
class SecurityPage {

	static final String VIEW = "identity/settings/security";

	private final AccountSecurity accountSecurity;
	private final AuthSessions sessions;

	SecurityPage(AccountSecurity accountSecurity, AuthSessions sessions) {
		this.accountSecurity = accountSecurity;
		this.sessions = sessions;
	}

	record PasswordForm(@NotBlank @Size(max = 1024) String currentPassword,
			@NotNull @Size(max = 1024) String newPassword) {
	}

	record DisableAuthenticatorForm(@NotBlank @Size(max = 1024) String currentPassword) {
	}

	String render(CurrentUser user, Model model) {
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new PasswordForm("", ""));
		}
		if (!model.containsAttribute("disableForm")) {
			model.addAttribute("disableForm", new DisableAuthenticatorForm(""));
		}
		model.addAttribute("sessions", sessions.active(user.userId()));
		model.addAttribute("currentSessionId", user.sessionId());
		model.addAttribute("authenticatorEnabled", accountSecurity.account(user).hasTotp());
		return VIEW;
	}
}
