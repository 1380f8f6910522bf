package com.growthhub.identity.web;

import org.jspecify.annotations.Nullable;
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
import com.growthhub.identity.internal.Organizations;
import com.growthhub.identity.internal.UserAccount;
import com.growthhub.platform.web.TimeZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Settings › Profile, and the entry point of the settings area. */
@Controller
class SettingsController {

	private final AccountSecurity accountSecurity;
	private final Organizations organizations;

	SettingsController(AccountSecurity accountSecurity, Organizations organizations) {
		this.accountSecurity = accountSecurity;
		this.organizations = organizations;
	}

	/** @param timeZone blank to read times in the organization's zone */
	record ProfileForm(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@Nullable String timeZone) {

		static ProfileForm of(UserAccount account) {
			return new ProfileForm(account.firstName(), account.lastName(),
					account.timeZone() == null ? "" : account.timeZone());
		}

		@Nullable String chosenZone() {
			return timeZone == null || timeZone.isBlank() ? null : timeZone.strip();
		}
	}

	@GetMapping("/settings")
	String settings() {
		return "redirect:/settings/profile";
	}

	@GetMapping("/settings/profile")
	String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
		return page(user, ProfileForm.of(accountSecurity.account(user)), model);
	}

	@PostMapping("/settings/profile")
	String updateProfile(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		String zone = form.chosenZone();
		if (zone != null && !TimeZoneId.Validator.known(zone)) {
			result.rejectValue("timeZone", "TimeZoneId", "must be a time zone such as Europe/Berlin");
		}
		if (result.hasErrors()) {
			return page(user, form, model);
		}
		accountSecurity.updateProfile(user, form.firstName(), form.lastName());
		accountSecurity.changeTimeZone(user, zone);
		redirect.addFlashAttribute("notice", "settings.profile.saved");
		return "redirect:/settings/profile";
	}

	private String page(CurrentUser user, ProfileForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("zones", ZoneChoices.zones());
		model.addAttribute("zoneOffered", form.chosenZone() == null || ZoneChoices.offers(form.chosenZone()));
		model.addAttribute("organizationZone", user.organizationId() == null ? "UTC"
				: organizations.get(user.organization()).timeZone());
		return "identity/settings/profile";
	}
}
