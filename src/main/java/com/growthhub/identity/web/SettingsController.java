package com.growthhub.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.AccountSecurity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings › Profile, and the entry point of the settings area. */
@Controller
class SettingsController {

	private final AccountSecurity accountSecurity;

	SettingsController(AccountSecurity accountSecurity) {
		this.accountSecurity = accountSecurity;
	}

	record ProfileForm(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName) {
	}

	@GetMapping("/settings")
	String settings() {
		return "redirect:/settings/profile";
	}

	@GetMapping("/settings/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", new ProfileForm(user.firstName(), user.lastName()));
		return "identity/settings/profile";
	}

	@PostMapping("/settings/profile")
	String updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/settings/profile";
		}
		accountSecurity.updateProfile(user, form.firstName(), form.lastName());
		redirect.addFlashAttribute("notice", "settings.profile.saved");
		return "redirect:/settings/profile";
	}
}
