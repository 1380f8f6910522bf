package com.growthhub.onboarding.internal;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.growthhub.platform.web.ProblemException;

/** 403 for a role that may not, 409 for an onboarding that is not in a state to do it. */
public class OnboardingRefusedException extends ProblemException {

	private OnboardingRefusedException(HttpStatus status, String title, String detail) {
		super(status, title, detail);
	}

	static OnboardingRefusedException forbidden(String detail) {
		return new OnboardingRefusedException(HttpStatus.FORBIDDEN, "Forbidden", detail);
	}

	static OnboardingRefusedException stepsMissing(List<String> steps) {
		OnboardingRefusedException ex = new OnboardingRefusedException(HttpStatus.CONFLICT, "Required steps missing",
				"Complete these steps first: " + String.join(", ", steps) + ".");
		ex.withProperty("missingSteps", steps);
		return ex;
	}

	static OnboardingRefusedException alreadyCompleted() {
		return new OnboardingRefusedException(HttpStatus.CONFLICT, "Onboarding completed",
				"This onboarding is complete; nothing more can be changed in it.");
	}

	static OnboardingRefusedException notActivated() {
		return new OnboardingRefusedException(HttpStatus.CONFLICT, "Profile first",
				"Set your password in the profile step first.");
	}

	static OnboardingRefusedException alreadyActivated() {
		return new OnboardingRefusedException(HttpStatus.CONFLICT, "Already activated",
				"The client has already set a password; they continue by signing in.");
	}
}
