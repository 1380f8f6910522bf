package com.growthhub.identity.web;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.growthhub.identity.CurrentUser;
import com.growthhub.identity.internal.AccountSecurity;
import com.growthhub.identity.internal.ApiSignIn;
import com.growthhub.identity.internal.ApiTokens;
import com.growthhub.identity.internal.AuthSessions;
import com.growthhub.identity.internal.PasswordReset;
import com.growthhub.identity.internal.Registration;
import com.growthhub.identity.internal.SignIn;
import com.growthhub.identity.web.AuthRequests.ChangePasswordRequest;
import com.growthhub.identity.web.AuthRequests.EmailRequest;
import com.growthhub.identity.web.AuthRequests.LoginRequest;
import com.growthhub.identity.web.AuthRequests.MfaVerifyRequest;
import com.growthhub.identity.web.AuthRequests.RefreshRequest;
import com.growthhub.identity.web.AuthRequests.RegisterRequest;
import com.growthhub.identity.web.AuthRequests.ResetPasswordRequest;
import com.growthhub.identity.web.AuthRequests.VerifyEmailRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication", description = "Registration, sign-in, tokens and passwords")
class AuthApiController {

	private final Registration registration;
	private final SignIn signIn;
	private final ApiSignIn apiSignIn;
	private final AuthSessions sessions;
	private final PasswordReset passwordReset;
	private final AccountSecurity accountSecurity;
	private final ApiTokens apiTokens;

	AuthApiController(Registration registration, SignIn signIn, ApiSignIn apiSignIn, AuthSessions sessions,
			PasswordReset passwordReset, AccountSecurity accountSecurity, ApiTokens apiTokens) {
		this.apiTokens = apiTokens;
		this.registration = registration;
		this.signIn = signIn;
		this.apiSignIn = apiSignIn;
		this.sessions = sessions;
		this.passwordReset = passwordReset;
		this.accountSecurity = accountSecurity;
	}

	record Registered(UUID userId, UUID organizationId, String message) {
	}

	record LoginResponse(@Nullable String accessToken, @Nullable String refreshToken, @Nullable Long expiresIn,
			@Nullable String tokenType, @Nullable UserSummary user, @Nullable String deviceToken,
			@Nullable Boolean mfaRequired, @Nullable UUID challengeId, @Nullable String method) {

		static LoginResponse tokens(ApiSignIn.TokenPair pair, UserSummary user, @Nullable String deviceToken) {
			return new LoginResponse(pair.accessToken(), pair.refreshToken(), pair.expiresIn(), "Bearer", user,
					deviceToken, null, null, null);
		}

		static LoginResponse secondStep(SignIn.Outcome.SecondStepRequired required) {
			return new LoginResponse(null, null, null, null, null, null, true, required.challengeId(), required.method());
		}
	}

	record UserSummary(UUID id, String email, String firstName, String lastName, @Nullable UUID organizationId) {
	}

	@PostMapping("/register")
	@Operation(summary = "Create an account and its organization; a 6-digit code is emailed")
	ResponseEntity<Registered> register(@Valid @RequestBody RegisterRequest body, HttpServletRequest request) {
		Registration.Registered registered = registration.register(body.email(), body.password(), body.firstName(),
				body.lastName(), body.organizationName(), request.getRemoteAddr());
		return ResponseEntity.status(HttpStatus.CREATED).body(new Registered(registered.userId(),
				registered.organizationId(), "We sent a 6-digit code to " + body.email() + "."));
	}

	@PostMapping("/verify-email")
	@Operation(summary = "Confirm the email address with the emailed code")
	Map<String, Object> verifyEmail(@Valid @RequestBody VerifyEmailRequest body, HttpServletRequest request) {
		registration.verifyEmail(body.email(), body.code(), request.getRemoteAddr());
		return Map.of("verified", true);
	}

	@PostMapping("/resend-code")
	@Operation(summary = "Send a new verification code (at most 3 per 15 minutes)")
	ResponseEntity<Void> resendCode(@Valid @RequestBody EmailRequest body, HttpServletRequest request) {
		registration.resendCode(body.email(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/login")
	@Operation(summary = "Sign in; answers tokens, or a challenge when a second step is needed")
	LoginResponse login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
		return respond(signIn.withPassword(body.email(), body.password(), ClientInfos.of(request)), request);
	}

	@PostMapping("/mfa/verify")
	@Operation(summary = "Complete a sign-in with the emailed or authenticator code")
	LoginResponse verifyMfa(@Valid @RequestBody MfaVerifyRequest body, HttpServletRequest request) {
		return respond(signIn.secondStep(body.challengeId(), body.code(), ClientInfos.of(request)), request);
	}

	private LoginResponse respond(SignIn.Outcome outcome, HttpServletRequest request) {
		return switch (outcome) {
			case SignIn.Outcome.SecondStepRequired required -> LoginResponse.secondStep(required);
			case SignIn.Outcome.SignedIn(var user, var deviceToken) -> {
				ApiSignIn.TokenPair pair = apiSignIn.start(user, ClientInfos.of(request));
				yield LoginResponse.tokens(pair, new UserSummary(user.id(), user.email(), user.firstName(),
						user.lastName(), pair.organizationId()), deviceToken);
			}
		};
	}

	@PostMapping("/refresh")
	@Operation(summary = "Trade a refresh token for a new pair; the old one dies, reusing it revokes the session")
	Map<String, Object> refresh(@Valid @RequestBody RefreshRequest body) {
		ApiSignIn.TokenPair pair = apiSignIn.refresh(body.refreshToken(), body.organizationId());
		return Map.of("accessToken", pair.accessToken(), "refreshToken", pair.refreshToken(), "expiresIn",
				pair.expiresIn(), "tokenType", "Bearer");
	}

	@PostMapping("/logout")
	@Operation(summary = "End the session of the presented access token; an API token presented here is revoked")
	ResponseEntity<Void> logout(@AuthenticationPrincipal CurrentUser user) {
		if (!sessions.revoke(user.sessionId(), "signed out")) {
			apiTokens.revokePresented(user);
		}
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/forgot-password")
	@Operation(summary = "Email a reset link; answers 202 whether or not the account exists")
	ResponseEntity<Void> forgotPassword(@Valid @RequestBody EmailRequest body, HttpServletRequest request) {
		passwordReset.requestReset(body.email(), request.getRemoteAddr());
		return ResponseEntity.accepted().build();
	}

	@PostMapping("/reset-password")
	@Operation(summary = "Set a new password with the single-use emailed token")
	Map<String, Object> resetPassword(@Valid @RequestBody ResetPasswordRequest body) {
		passwordReset.reset(body.token(), body.newPassword());
		return Map.of("reset", true);
	}

	@PostMapping("/change-password")
	@Operation(summary = "Change the password; every other session ends")
	Map<String, Object> changePassword(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ChangePasswordRequest body) {
		int ended = accountSecurity.changePassword(user, body.currentPassword(), body.newPassword());
		return Map.of("changed", true, "otherSessionsEnded", ended);
	}
}
