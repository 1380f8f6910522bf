package com.growthhub.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ProofOfWorkTests {

	static final FormSettingsProperties SETTINGS = new FormSettingsProperties(65536, 20, 600, 2000, Duration.ofMinutes(20),
			Duration.ofSeconds(5), Duration.ofSeconds(2), 50, 4, Duration.ofMinutes(2), 8, 10_485_760);

	private final byte[] key = "k".repeat(32).getBytes(StandardCharsets.UTF_8);
	private final Instant now = Instant.parse("2026-12-03T08:00:00Z");
	private final ProofOfWork pow = new ProofOfWork(key, SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
	private final UUID form = UUID.randomUUID();

	/** What the browser does (static/js/forms/pow.js): try numbers until the hash matches. */
	static String solve(ProofOfWork.Challenge challenge) {
		for (int n = 0; n <= challenge.maxnumber(); n++) {
			if (ProofOfWork.sha256(challenge.salt() + n).equals(challenge.challenge())) {
				return payload(challenge, n);
			}
		}
		throw new AssertionError("unsolvable");
	}

	static String payload(ProofOfWork.Challenge challenge, long number) {
		String json = JsonMapper.builder().build().writeValueAsString(java.util.Map.of("algorithm", challenge.algorithm(),
				"challenge", challenge.challenge(), "number", number, "salt", challenge.salt(), "signature",
				challenge.signature()));
		return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aSolvedChallengeVerifiesAndTellsWhenItWasIssued() {
		ProofOfWork.Challenge challenge = pow.issue(form);
		assertThat(challenge.algorithm()).isEqualTo("SHA-256");
		assertThat(challenge.maxnumber()).isEqualTo(2000);
		ProofOfWork.Solution solution = pow.verify(form, solve(challenge));
		assertThat(solution.challenge()).isEqualTo(challenge.challenge());
		assertThat(solution.issuedAt()).isEqualTo(now);
	}

	@Test
	void refusesAWrongNumberAForgedSignatureAnotherFormAndGarbage() {
		ProofOfWork.Challenge challenge = pow.issue(form);
		String solved = solve(challenge);
		long right = JsonMapper.builder().build().readTree(Base64.getDecoder().decode(solved)).path("number").asLong();
		assertThatThrownBy(() -> pow.verify(form, payload(challenge, right + 1))).hasMessageContaining("does not solve");
		ProofOfWork.Challenge forged = new ProofOfWork.Challenge("SHA-256", challenge.challenge(), 2000, challenge.salt(),
				"00" + challenge.signature().substring(2));
		assertThatThrownBy(() -> pow.verify(form, payload(forged, right))).hasMessageContaining("not issued by this server");
		assertThatThrownBy(() -> pow.verify(UUID.randomUUID(), solved)).hasMessageContaining("another form");
		assertThatThrownBy(() -> pow.verify(form, "not base64!")).hasMessageContaining("not a base64 JSON");
	}

	@Test
	void refusesAnExpiredChallenge() {
		ProofOfWork.Challenge challenge = pow.issue(form);
		ProofOfWork later = new ProofOfWork(key, SETTINGS, Clock.fixed(now.plus(Duration.ofMinutes(21)), ZoneOffset.UTC));
		assertThatThrownBy(() -> later.verify(form, solve(challenge))).isInstanceOf(SubmissionRefusedException.class)
			.hasMessageContaining("expired");
	}
}
