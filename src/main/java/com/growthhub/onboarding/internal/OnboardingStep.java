package com.growthhub.onboarding.internal;

import static com.growthhub.onboarding.internal.StepField.Kind.COLORS;
import static com.growthhub.onboarding.internal.StepField.Kind.EMAIL;
import static com.growthhub.onboarding.internal.StepField.Kind.LONG_TEXT;
import static com.growthhub.onboarding.internal.StepField.Kind.PHONE;
import static com.growthhub.onboarding.internal.StepField.Kind.SECRET;
import static com.growthhub.onboarding.internal.StepField.Kind.TEXT;
import static com.growthhub.onboarding.internal.StepField.Kind.URL;
import static com.growthhub.onboarding.internal.StepField.Kind.YES_NO;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The steps of seed 001 §1, in wizard order. Which of them a client sees, and which are required, depends on the
 * client type (see {@link OnboardingSettings}); the profile step is always first and always required, because it is
 * where the password is chosen. The services step's choices are the services the agency offers that client.
 */
public enum OnboardingStep {

	PROFILE(StepField.of("name", TEXT), StepField.of("phone", PHONE),
			StepField.choices("communicationPreferences", "email", "phone", "sms")),
	SERVICES(StepField.choices("services")),
	BRAND(StepField.of("colors", COLORS), StepField.of("styleNotes", LONG_TEXT)),
	WEBSITE(StepField.of("url", URL), StepField.choice("cmsType", "wordpress", "shopify", "wix", "squarespace", "webflow",
			"custom", "other"), StepField.of("adminUrl", URL), StepField.of("adminUsername", TEXT),
			StepField.of("adminPassword", SECRET)),
	GA4(StepField.of("propertyId", TEXT), StepField.of("accessGranted", YES_NO)),
	GOOGLE_ADS(StepField.of("customerId", TEXT), StepField.of("accessGranted", YES_NO)),
	META(StepField.of("businessId", TEXT), StepField.of("adAccountId", TEXT), StepField.of("pageId", TEXT),
			StepField.of("accessGranted", YES_NO), StepField.of("loginEmail", EMAIL), StepField.of("password", SECRET)),
	FORMS(StepField.of("provider", TEXT), StepField.of("details", LONG_TEXT), StepField.of("apiKey", SECRET));

	private final List<StepField> fields;

	OnboardingStep(StepField... fields) {
		this.fields = List.of(fields);
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public List<StepField> fields() {
		return fields;
	}

	public Optional<StepField> field(String name) {
		return fields.stream().filter(field -> field.name().equals(name)).findFirst();
	}

	public static Optional<OnboardingStep> fromKey(String key) {
		return Arrays.stream(values()).filter(step -> step.key().equals(key)).findFirst();
	}

	public static List<String> keys() {
		return Arrays.stream(values()).map(OnboardingStep::key).toList();
	}
}
