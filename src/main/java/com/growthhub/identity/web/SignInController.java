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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.BrowserSignIn;
import com.growthhub.identity.internal.EmailNotVerifiedException;
import com.growthhub.identity.internal.SignIn;
import com.growthhub.messaging.MailServer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Password sign-in and its second step (emailed code or authenticator app) for the browser. */
@Controller
class SignInController {

	static final String CHALLENGE_ID = SignInController.class.getName() + ".challengeId";
	static final String CHALLENGE_METHOD = SignInController.class.getName() + ".method";

	private final SignIn signIn;
	private final BrowserSignIn browserSignIn;
	private final MailServer mailServer;

	SignInController(SignIn signIn, BrowserSignIn browserSignIn, MailServer mailServer) {
		this.signIn = signIn;
		this.browserSignIn = browserSignIn;
		this.mailServer = mailServer;
	}

	record LoginForm(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
	}

	record CodeForm(@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "{identity.code.pattern}") String code) {
	}

	@GetMapping("/login")
	String loginForm(@AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
		if (user != null) {
			return "redirect:/";
		}
		model.addAttribute("form", new LoginForm("", ""));
		return "identity/login";
	}

	@PostMapping("/login")
	String login(@Valid @ModelAttribute("form") LoginForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "identity/login";
		}
		try {
			return complete(signIn.withPassword(form.email(), form.password(), ClientInfos.of(request)), request,
					response);
		}
		catch (EmailNotVerifiedException ex) {
			redirect.addAttribute("email", form.email().strip());
			redirect.addFlashAttribute("caution", "verify.notVerified");
			return "redirect:/verify";
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return "identity/login";
		}
	}

	@GetMapping("/login/verify")
	String codeForm(HttpSession session, Model model) {
		if (session.getAttribute(CHALLENGE_ID) == null) {
			return "redirect:/login";
		}
		model.addAttribute("form", new CodeForm(""));
		return codePage(session, model);
	}

	@PostMapping("/login/verify")
	String verifyCode(@Valid @ModelAttribute("form") CodeForm form, BindingResult result, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(session.getAttribute(CHALLENGE_ID) instanceof UUID challengeId)) {
			return "redirect:/login";
		}
		if (result.hasErrors()) {
			return codePage(session, model);
		}
		try {
			return complete(signIn.secondStep(challengeId, form.code().strip(), ClientInfos.of(request)), request,
					response);
		}
		catch (ErrorResponseException ex) {
			FormProblems.reject(result, ex);
			return codePage(session, model);
		}
	}

	private String codePage(HttpSession session, Model model) {
		model.addAttribute("method", session.getAttribute(CHALLENGE_METHOD));
		model.addAttribute("localMailbox", !mailServer.isConfigured());
		return "identity/login-verify";
	}

	private String complete(SignIn.Outcome outcome, HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(true);
		return switch (outcome) {
			case SignIn.Outcome.SecondStepRequired required -> {
				session.setAttribute(CHALLENGE_ID, required.challengeId());
				session.setAttribute(CHALLENGE_METHOD, required.method());
				yield "redirect:/login/verify";
			}
			case SignIn.Outcome.SignedIn signedIn -> {
				session.removeAttribute(CHALLENGE_ID);
				session.removeAttribute(CHALLENGE_METHOD);
				browserSignIn.start(signedIn, request, response);
				yield "redirect:" + AfterSignIn.take(request, response);
			}
		};
	}
}
