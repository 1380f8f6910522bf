package com.growthhub.reviews.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Privacy mode's reply check: what confirms a patient or names a treatment is refused, ordinary thanks pass. */
class ReplyPrivacyCheckTests {

	@ParameterizedTest
	@ValueSource(strings = { "Thanks! We hope you enjoyed Your Visit.", "Glad your   treatment went well.",
			"As your doctor, I appreciate it.", "See you at your next appointment!",
			"We love all our patients.", "Happy the Botox worked for you!", "Your ROOT CANAL is done.",
			"Enjoy the new crown.", "We treated you with care." })
	void refusesWhatConfirmsAPatientOrNamesATreatment(String reply) {
		assertThat(ReplyPrivacyCheck.refusal(reply)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Thank you for your kind words! — The team",
			"We are sorry to hear this; please contact our office directly so we can make it right.",
			"Our crowned champion of customer service thanks you.", "We'd love to see you revisit the idea.",
			"Your feedback helps us improve.", "Implanted in our values is respect for everyone." })
	void allowsOrdinaryRepliesAndWordsThatMerelyContainAPhrase(String reply) {
		assertThat(ReplyPrivacyCheck.refusal(reply)).isEmpty();
	}

	@Test
	void theReasonNamesWhatMatchedOfEachKind() {
		String reason = ReplyPrivacyCheck.refusal("So glad your visit for the Invisalign and whitening went well!")
			.orElseThrow();
		assertThat(reason).contains("confirm the reviewer is a patient (\"your visit\")")
			.contains("name a treatment (\"invisalign\", \"whitening\")");
	}
}
