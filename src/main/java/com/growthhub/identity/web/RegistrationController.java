package com.growthhub.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.internal.PasswordPolicy;
import com.growthhub.identity.internal.Registration;
import com.growthhub.messaging.MailServer;
import com.growthhub.platform.web.RefusedAction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sign-up and the confirmation of the email address with the emailed 6-digit code. */
@Controller
class RegistrationController {

	private final Registration registration;
	private final MailServer mailServer;
	private final PasswordPolicy passwords;

	RegistrationController(Registration registration, MailServer mailServer, PasswordPolicy passwords) {
		this.registration = registration;
		this.mailServer = mailServer;
		this.passwords = passwords;
	}

	record RegisterForm(@NotBlank @Email(regexp = AuthRequests.MAILABLE) @Size(max = 254) String email,
			@NotBlank @Size(max = 1024) String password,
			@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotBlank @Size(max = 120) String organizationName) {
	}

	record VerifyForm(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{identity.code.pattern}") String code) {
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", new RegisterForm("", "", "", "", ""));
		return "identity/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegisterForm form, BindingResult result, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			checkPassword(form, result);
			return "identity/register";
		}
		try {
			registration.register(form.email(), form.password(), form.firstName(), form.lastName(),
					form.organizationName(), request.getRemoteAddr());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return "identity/register";
		}
		redirect.addAttribute("email", form.email().strip());
		redirect.addFlashAttribute("notice", "verify.sent");
		return "redirect:/verify";
	}

	@GetMapping("/verify")
	String verifyForm(@RequestParam(defaultValue = "") String email, Model model) {
		model.addAttribute("form", new VerifyForm(email, ""));
		return verifyPage(model);
	}

	@PostMapping("/verify")
	String verify(@Valid @ModelAttribute("form") VerifyForm form, BindingResult result, HttpServletRequest request,
			Model model) {
		if (result.hasErrors()) {
			return verifyPage(model);
		}
		try {
			registration.verifyEmail(form.email(), form.code().strip(), request.getRemoteAddr());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return verifyPage(model);
		}
		return "redirect:/login?verified";
	}

	@PostMapping("/verify/resend")
	String resend(@RequestParam @Email @Size(max = 254) String email, HttpServletRequest request,
			RedirectAttributes redirect) {
		redirect.addAttribute("email", email.strip());
		try {
			registration.resendCode(email, request.getRemoteAddr());
			redirect.addFlashAttribute("notice", "verify.resent");
		}
		catch (ErrorResponseException ex) {
			RefusedAction.flash(redirect, ex);
		}
		return "redirect:/verify";
	}

	/** With other fields wrong, the password is judged too, so the form names every problem at once. */
	private void checkPassword(RegisterForm form, BindingResult result) {
		if (result.hasFieldErrors("password")) {
			return;
		}
		try {
			passwords.check("password", form.password());
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
		}
	}

	private String verifyPage(Model model) {
		model.addAttribute("localMailbox", !mailServer.isConfigured());
		return "identity/verify";
	}
}
