package com.growthhub.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the {@code /api/v1/auth} endpoints. */
final class AuthRequests {

	private AuthRequests() {
	}

	/** An address people can be mailed at: something, an @, and a domain with a dot ({@code maya@bad} is refused). */
	static final String MAILABLE = "\\s*[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+\\s*";

	record RegisterRequest(@NotBlank @Email(regexp = MAILABLE) @Size(max = 254) String email,
			@NotBlank @Size(max = 1024) String password,
			@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotBlank @Size(max = 120) String organizationName) {
	}

	record VerifyEmailRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be 6 digits") String code) {
	}

	record EmailRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotNull @Size(max = 1024) String password) {
	}

	record MfaVerifyRequest(@NotNull UUID challengeId,
			@NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be 6 digits") String code) {
	}

	record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken, UUID organizationId) {
	}

	record ResetPasswordRequest(@NotBlank @Size(max = 200) String token, @NotNull @Size(max = 1024) String newPassword) {
	}

	record ChangePasswordRequest(@NotNull @Size(max = 1024) String currentPassword,
			@NotNull @Size(max = 1024) String newPassword) {
	}
}
