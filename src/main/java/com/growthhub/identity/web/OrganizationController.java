package com.growthhub.identity.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.BrowserSignIn;
import com.growthhub.identity.internal.Organizations;
import com.growthhub.platform.web.RefusedAction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The organization switcher of the top bar: select another organization, or create one. */
@Controller
class OrganizationController {

	private final Organizations organizations;
	private final BrowserSignIn browserSignIn;

	OrganizationController(Organizations organizations, BrowserSignIn browserSignIn) {
		this.organizations = organizations;
		this.browserSignIn = browserSignIn;
	}

	record NewOrganizationForm(@NotBlank @Size(max = 120) String name) {
	}

	@PostMapping("/organizations/switch")
	String switchTo(@AuthenticationPrincipal CurrentUser user, @RequestParam UUID organizationId,
			HttpServletRequest request, HttpServletResponse response) {
		browserSignIn.switchOrganization(user, organizationId, request, response);
		return "redirect:/";
	}

	@PostMapping("/organizations")
	String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute NewOrganizationForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			RefusedAction.flash(redirect, "organizations.create.invalid");
			return "redirect:/";
		}
		Organizations.MyOrganization created = organizations.create(user.userId(), form.name());
		browserSignIn.switchOrganization(user, created.id(), request, response);
		redirect.addFlashAttribute("notice", "organizations.created");
		return "redirect:/";
	}
}
