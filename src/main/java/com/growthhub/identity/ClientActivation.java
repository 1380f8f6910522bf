package com.growthhub.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The first sign-in of a client user created by {@link ClientAccounts}: the person chooses their password (proving the
 * invitation's mailbox, so their email counts as verified) and is signed in at once. Onboarding calls it once it has
 * checked its invitation token. It works only for a user who has never had a password, so it cannot take over an
 * account someone already uses.
 */
public interface ClientActivation {

	/**
	 * Sets the password, verifies the email and starts a browser session for the user (their client account selected),
	 * as a sign-in would.
	 *
	 * @throws com.growthhub.platform.web.ProblemException 400 naming {@code password} when the policy refuses it; 409
	 * when the user already has a password; 404 when there is no such user
	 */
	void activateInBrowser(UUID userId, String password, HttpServletRequest request, HttpServletResponse response);

	/** As {@link #activateInBrowser}, for a program: answers an access token and a refresh token. */
	ApiSession activateForApi(UUID userId, String password, String ipAddress, @Nullable String userAgent);

	/** What a program signs in with, as {@code POST /api/v1/auth/login} answers it. */
	record ApiSession(String accessToken, String refreshToken, long expiresIn, UUID userId,
			@Nullable UUID organizationId) {
	}
}
