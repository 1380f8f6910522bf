package com.growthhub.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

/** RFC 6238 authenticator-app codes (30-second steps, one step of clock drift either way). */
@Component
class Authenticator {

	private final CodeVerifier verifier;

	Authenticator() {
		DefaultCodeVerifier defaultVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(), new SystemTimeProvider());
		defaultVerifier.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = defaultVerifier;
	}

	String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	boolean verify(@Nullable String secret, String code) {
		return secret != null && code != null && code.strip().matches("\\d{6}") && verifier.isValidCode(secret, code.strip());
	}

	String otpauthUri(String secret, String account) {
		return qrData(secret, account).getUri();
	}

	/** The otpauth URI as a PNG data URI for an img tag. */
	String qrCodeDataUri(String secret, String account) {
		try {
			var generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(qrData(secret, account)), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	private static QrData qrData(String secret, String account) {
		return new QrData.Builder().label(account).secret(secret).issuer("GrowthHub").digits(6).period(30).build();
	}
}
