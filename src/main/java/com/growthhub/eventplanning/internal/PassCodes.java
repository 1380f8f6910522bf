package com.growthhub.eventplanning.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.growthhub.platform.security.Base64Url;
import com.growthhub.platform.security.InstallationSecrets;

/**
 * The code on an attendee's pass (and in its QR code): the attendee's id with an HMAC of it, so that the code is
 * checked without a look-up and can be made again for any attendee, and nobody can make one up. 35 URL-safe
 * characters.
 */
@Component
public class PassCodes {

	private static final int MAC_BYTES = 10;

	private final SecretKeySpec key;

	@Autowired
	PassCodes(InstallationSecrets secrets) {
		this(secrets.key("event-pass"));
	}

	PassCodes(byte[] key) {
		this.key = new SecretKeySpec(key, "HmacSHA256");
	}

	public String of(UUID attendeeId) {
		byte[] id = bytes(attendeeId);
		ByteBuffer code = ByteBuffer.allocate(id.length + MAC_BYTES).put(id).put(mac(id), 0, MAC_BYTES);
		return Base64Url.encode(code.array());
	}

	/** The attendee the code was made for; empty for anything this installation did not make. */
	public Optional<UUID> attendee(String code) {
		byte[] raw = Base64Url.decode(code.strip()).orElse(new byte[0]);
		if (raw.length != 16 + MAC_BYTES) {
			return Optional.empty();
		}
		byte[] id = Arrays.copyOf(raw, 16);
		byte[] expected = Arrays.copyOf(mac(id), MAC_BYTES);
		if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(raw, 16, raw.length))) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(id);
		return Optional.of(new UUID(buffer.getLong(), buffer.getLong()));
	}

	private byte[] mac(byte[] value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac.doFinal(value);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
	}
}
