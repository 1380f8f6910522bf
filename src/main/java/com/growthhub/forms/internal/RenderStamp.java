package com.growthhub.forms.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.InstallationSecrets;

/**
 * The signed time a form was rendered ({@code _ts}: {@code <epoch millis>.<HMAC>}), so the minimum fill time cannot
 * be faked by a client that posts straight away: it can only send a stamp this server gave it.
 */
@Component
public class RenderStamp {

	private final byte[] key;
	private final Clock clock;

	@Autowired
	RenderStamp(InstallationSecrets secrets) {
		this(secrets.key("forms-render-stamp"), Clock.systemUTC());
	}

	RenderStamp(byte[] key, Clock clock) {
		this.key = key.clone();
		this.clock = clock;
	}

	public String issue(UUID formId) {
		long now = clock.millis();
		return now + "." + sign(formId, now);
	}

	/** When the form was rendered, if the stamp is one this server signed for this form. */
	public Optional<Instant> verify(UUID formId, String stamp) {
		int dot = stamp.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		try {
			long millis = Long.parseLong(stamp.substring(0, dot));
			boolean signed = MessageDigest.isEqual(sign(formId, millis).getBytes(StandardCharsets.US_ASCII),
					stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
			return signed ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	Instant now() {
		return clock.instant();
	}

	private String sign(UUID formId, long millis) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((formId + ":" + millis).getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
