package com.growthhub.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.InstallationSecrets;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ALTCHA-style proof of work with no third party. A challenge is {@code SHA-256(salt + n)} for a secret random
 * {@code n ≤ maxnumber}; the browser finds {@code n} by trying (static/js/forms/pow.js), which costs a person a
 * moment and a bot that sends thousands of submissions real CPU. The salt names the form, when it was issued and when
 * it expires; the signature (HMAC-SHA256 of the challenge under an installation key) proves it was issued here. The
 * answer travels as base64 JSON {@code {algorithm, challenge, number, salt, signature}} in {@code _pow}; a solved
 * challenge is spent by the submission that carries it (a unique index), so a replay is refused.
 */
@Component
public class ProofOfWork {

	public static final String ALGORITHM = "SHA-256";

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final byte[] key;
	private final FormSettingsProperties settings;
	private final Clock clock;

	@Autowired
	ProofOfWork(InstallationSecrets secrets, FormSettingsProperties settings) {
		this(secrets.key("forms-pow"), settings, Clock.systemUTC());
	}

	ProofOfWork(byte[] key, FormSettingsProperties settings, Clock clock) {
		this.key = key.clone();
		this.settings = settings;
		this.clock = clock;
	}

	public record Challenge(String algorithm, String challenge, int maxnumber, String salt, String signature) {
	}

	/** A solved challenge: what it spends and when it was issued (the start of the fill time). */
	public record Solution(String challenge, Instant issuedAt) {
	}

	public Challenge issue(UUID formId) {
		Instant now = clock.instant();
		byte[] random = new byte[12];
		RANDOM.nextBytes(random);
		String salt = HexFormat.of().formatHex(random) + "?form=" + formId + "&issued=" + now.toEpochMilli() + "&expires="
				+ now.plus(settings.powValidity()).getEpochSecond();
		int number = RANDOM.nextInt(settings.powMaxNumber() + 1);
		String challenge = sha256(salt + number);
		return new Challenge(ALGORITHM, challenge, settings.powMaxNumber(), salt, sign(challenge));
	}

	/** The solution in {@code payload}, or {@link SubmissionRefusedException} saying what is wrong with it. */
	public Solution verify(UUID formId, String payload) {
		JsonNode node;
		try {
			node = JSON.readTree(Base64.getDecoder().decode(payload.strip()));
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw SubmissionRefusedException.proofOfWork("is not a base64 JSON solution");
		}
		String challenge = node.path("challenge").asString("");
		String salt = node.path("salt").asString("");
		long number = node.path("number").asLong(-1);
		if (!ALGORITHM.equals(node.path("algorithm").asString("")) || challenge.isEmpty() || number < 0) {
			throw SubmissionRefusedException.proofOfWork("is incomplete");
		}
		if (!MessageDigest.isEqual(sign(challenge).getBytes(StandardCharsets.US_ASCII),
				node.path("signature").asString("").getBytes(StandardCharsets.US_ASCII))) {
			throw SubmissionRefusedException.proofOfWork("was not issued by this server");
		}
		if (!sha256(salt + number).equals(challenge)) {
			throw SubmissionRefusedException.proofOfWork("does not solve its challenge");
		}
		Map<String, String> params = params(salt);
		if (!formId.toString().equals(params.get("form"))) {
			throw SubmissionRefusedException.proofOfWork("was issued for another form");
		}
		long expires = parse(params.get("expires"));
		if (expires < clock.instant().getEpochSecond()) {
			throw SubmissionRefusedException.proofOfWork("has expired: fetch a new challenge");
		}
		return new Solution(challenge, Instant.ofEpochMilli(parse(params.get("issued"))));
	}

	private static Map<String, String> params(String salt) {
		Map<String, String> params = new HashMap<>();
		int query = salt.indexOf('?');
		if (query >= 0) {
			for (String pair : salt.substring(query + 1).split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					params.put(pair.substring(0, eq), pair.substring(eq + 1));
				}
			}
		}
		return params;
	}

	private static long parse(String value) {
		try {
			return value == null ? -1 : Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String sign(String challenge) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(challenge.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
