package com.growthhub.identity.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.BrowserSignIn;
import com.growthhub.identity.internal.InvalidTokenException;
import com.growthhub.identity.internal.Invitations;
import com.growthhub.platform.web.RefusedAction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The page an invitation link opens: join as a newcomer, or accept while signed in. */
@Controller
class InvitationController {

	private final Invitations invitations;
	private final BrowserSignIn browserSignIn;

	InvitationController(Invitations invitations, BrowserSignIn browserSignIn) {
		this.invitations = invitations;
		this.browserSignIn = browserSignIn;
	}

	record JoinForm(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotNull @Size(max = 1024) String password) {
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, @AuthenticationPrincipal @Nullable CurrentUser user,
			HttpServletRequest request, Model model) {
		model.addAttribute("form", new JoinForm("", "", ""));
		String page = page(token, model);
		if (user == null && model.getAttribute("preview") instanceof Invitations.Preview preview && preview.hasAccount()) {
			AfterSignIn.remember(request, "/invitations/" + token);
		}
		return page;
	}

	@PostMapping("/invitations/{token}")
	String join(@PathVariable String token, @Valid @ModelAttribute("form") JoinForm form, BindingResult result,
			Model model) {
		if (result.hasErrors()) {
			return page(token, model);
		}
		try {
			invitations.acceptAsNewUser(token, form.firstName(), form.lastName(), form.password());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return page(token, model);
		}
		return "redirect:/login?joined";
	}

	@PostMapping("/invitations/{token}/accept")
	String accept(@PathVariable String token, @AuthenticationPrincipal @Nullable CurrentUser user,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (user == null) {
			AfterSignIn.remember(request, "/invitations/" + token);
			return "redirect:/login";
		}
		try {
			UUID organization = invitations.acceptAsExistingUser(token, user);
			browserSignIn.switchOrganization(user, organization, request, response);
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
			return "redirect:/invitations/" + token;
		}
		redirect.addFlashAttribute("notice", "invitation.accepted");
		return "redirect:/";
	}

	private String page(String token, Model model) {
		try {
			model.addAttribute("preview", invitations.preview(token));
			model.addAttribute("token", token);
		}
		catch (InvalidTokenException ex) {
			model.addAttribute("invalid", ex.getBody().getDetail());
		}
		return "identity/invitation";
	}
}
