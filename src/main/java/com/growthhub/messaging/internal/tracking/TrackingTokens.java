package com.growthhub.messaging.internal.tracking;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import com.growthhub.platform.security.Base64Url;
import com.growthhub.platform.security.InstallationSecrets;

/**
 * The signed tokens in open pixels and click links: the message id (and for a click the link's position in the
 * message), with 12 bytes of HMAC-SHA256 under the installation's key. A token names no URL, so a click can only lead
 * to a link the stored email contained: nobody can turn {@code /t/c/…} into a redirect of their own.
 */
@Component
public class TrackingTokens {

	private static final int SIGNATURE_BYTES = 12;

	private final byte[] key;

	TrackingTokens(InstallationSecrets secrets) {
		this.key = secrets.key("email-tracking");
	}

	public record Click(UUID messageId, int link) {
	}

	public String open(UUID messageId) {
		return sign('o', ByteBuffer.allocate(16).putLong(messageId.getMostSignificantBits())
			.putLong(messageId.getLeastSignificantBits()).array());
	}

	public String click(UUID messageId, int link) {
		return sign('c', ByteBuffer.allocate(18).putLong(messageId.getMostSignificantBits())
			.putLong(messageId.getLeastSignificantBits()).putShort((short) link).array());
	}

	public Optional<UUID> readOpen(String token) {
		return verified('o', token, 16).map(bytes -> {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			return new UUID(buffer.getLong(), buffer.getLong());
		});
	}

	public Optional<Click> readClick(String token) {
		return verified('c', token, 18).map(bytes -> {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			return new Click(new UUID(buffer.getLong(), buffer.getLong()), Short.toUnsignedInt(buffer.getShort()));
		});
	}

	private String sign(char kind, byte[] payload) {
		byte[] token = Arrays.copyOf(payload, payload.length + SIGNATURE_BYTES);
		System.arraycopy(mac(kind, payload), 0, token, payload.length, SIGNATURE_BYTES);
		return Base64Url.encode(token);
	}

	private Optional<byte[]> verified(char kind, String token, int payloadLength) {
		byte[] bytes = Base64Url.decode(token).orElse(new byte[0]);
		if (bytes.length != payloadLength + SIGNATURE_BYTES) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(bytes, payloadLength);
		byte[] expected = Arrays.copyOf(mac(kind, payload), SIGNATURE_BYTES);
		byte[] given = Arrays.copyOfRange(bytes, payloadLength, bytes.length);
		return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
	}

	private byte[] mac(char kind, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((byte) kind);
			return mac.doFinal(payload);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException e) {
			throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
		}
	}
}
