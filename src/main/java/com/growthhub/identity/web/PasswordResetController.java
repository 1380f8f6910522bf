package com.growthhub.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.growthhub.identity.internal.PasswordReset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Forgotten passwords: ask for a link by email, then set a new password with it. */
@Controller
class PasswordResetController {

	private final PasswordReset passwordReset;

	PasswordResetController(PasswordReset passwordReset) {
		this.passwordReset = passwordReset;
	}

	record ForgotForm(@NotBlank @Email @Size(max = 254) String email) {
	}

	record ResetForm(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String newPassword) {
	}

	@GetMapping("/forgot-password")
	String forgotForm(Model model) {
		model.addAttribute("form", new ForgotForm(""));
		return "identity/forgot-password";
	}

	@PostMapping("/forgot-password")
	String forgot(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result, HttpServletRequest request,
			Model model) {
		if (result.hasErrors()) {
			return "identity/forgot-password";
		}
		try {
			passwordReset.requestReset(form.email(), request.getRemoteAddr());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return "identity/forgot-password";
		}
		// The same answer whether or not the account exists, so the page tells nobody who has one.
		model.addAttribute("sent", true);
		return "identity/forgot-password";
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new ResetForm(token, ""));
		return "identity/reset-password";
	}

	@PostMapping("/reset-password")
	String reset(@Valid @ModelAttribute("form") ResetForm form, BindingResult result) {
		if (result.hasErrors()) {
			return "identity/reset-password";
		}
		try {
			passwordReset.reset(form.token(), form.newPassword());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return "identity/reset-password";
		}
		return "redirect:/login?reset";
	}
}
