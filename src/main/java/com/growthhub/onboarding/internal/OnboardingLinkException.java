package com.growthhub.onboarding.internal;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/**
 * An invitation link that cannot be used: unknown (404), or gone (410) because it was used, replaced or expired. The
 * {@code state} property tells which, so the page and a program can say what to do next.
 */
public class OnboardingLinkException extends ProblemException {

	private final TokenState state;

	private OnboardingLinkException(HttpStatus status, TokenState state, String title, String detail) {
		super(status, title, detail);
		this.state = state;
		withProperty("state", state.key());
	}

	static OnboardingLinkException of(TokenState state) {
		return switch (state) {
			case UNKNOWN -> new OnboardingLinkException(HttpStatus.NOT_FOUND, state, "Unknown onboarding link",
					"This onboarding link does not exist. Check that you opened the whole link from the email.");
			case CONSUMED -> new OnboardingLinkException(HttpStatus.GONE, state, "Onboarding link already used",
					"This link was already used to set your password. Sign in to continue your onboarding.");
			case REVOKED -> new OnboardingLinkException(HttpStatus.GONE, state, "Onboarding link replaced",
					"This link was replaced by a newer one, or your onboarding is complete. Use the latest email, or sign in.");
			case EXPIRED -> new OnboardingLinkException(HttpStatus.GONE, state, "Onboarding link expired",
					"This link has expired. Ask your agency to send you a new one.");
			case ACTIVE -> throw new IllegalArgumentException("An active link is not refused");
		};
	}

	public TokenState state() {
		return state;
	}
}
